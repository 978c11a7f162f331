-- The connection world and everything the backend keeps around it.

-- The site's whole connection world (the domain's `World`, as JSON) in one row, with the
-- revision that grows by one on every change. The backend writes the first row when it opens
-- a database that has none.
CREATE TABLE world (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL CHECK (revision >= 1),
    state TEXT NOT NULL CHECK (json_valid(state))
);

-- The connection event log: one row per change, never updated or deleted.
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL,
    from_login TEXT,
    to_login TEXT,
    revision INTEGER NOT NULL
);
CREATE TRIGGER events_are_not_updated BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;
CREATE TRIGGER events_are_not_deleted BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;

-- A connection started with Connect: the `state` parameter the simulated WordPress.com carries
-- through authorization, and, once approved there, the one-time `code` it returns with.
CREATE TABLE authorization_requests (
    state TEXT PRIMARY KEY,
    return_to TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    code TEXT UNIQUE,
    code_login TEXT
);

-- What the owner told Stripe at business verification: the Express account's details.
CREATE TABLE account_details (
    account_id TEXT PRIMARY KEY,
    details TEXT NOT NULL CHECK (json_valid(details))
);

-- One-time links that sign a browser in (printed by `serve` and `login-link`).
CREATE TABLE login_tokens (
    token TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,
    used_at INTEGER
);

-- Signed-in browsers: the session cookie's value and the nonce mutations must carry.
CREATE TABLE sessions (
    token TEXT PRIMARY KEY,
    nonce TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- One-time links into the simulated Stripe Express dashboard.
CREATE TABLE express_login_links (
    token TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    used_at INTEGER
);

-- Answers to the optional survey after disconnecting.
CREATE TABLE disconnect_surveys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    reasons TEXT NOT NULL CHECK (json_valid(reasons)),
    comment TEXT CHECK (comment IS NULL OR length(comment) <= 1000)
);
