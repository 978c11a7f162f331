-- The guided change of the connection: the events of its steps name it, so the event log can
-- show the whole change as one entry once it is finished or cancelled.
ALTER TABLE events ADD COLUMN change_id INTEGER;
CREATE INDEX events_by_change ON events (change_id) WHERE change_id IS NOT NULL;
