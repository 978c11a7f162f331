-- Several administrators: each login link and session belongs to one site user (the domain's
-- `World` holds the users themselves), and each event names the administrator who caused it.
-- Links and sessions from before users existed belong to nobody: they no longer sign anyone in.
ALTER TABLE login_tokens ADD COLUMN user_login TEXT;
ALTER TABLE sessions ADD COLUMN user_login TEXT;
ALTER TABLE events ADD COLUMN actor TEXT;
