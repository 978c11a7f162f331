-- Stripe's webhook events, by id: each is applied at most once (Stripe may send one twice).
-- `outcome` says what it did: `applied`, `older` (a newer one was applied already; the newest
-- applied `created` is kept with the account in the world row) or `ignored` (not for this
-- store's account).
CREATE TABLE stripe_events (
    event_id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    created INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'older', 'ignored'))
);

-- The last check that WordPress.com still accepts the site's connection (none since the site
-- connected: no row).
CREATE TABLE connection_checks (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at INTEGER NOT NULL,
    working INTEGER NOT NULL CHECK (working IN (0, 1))
);

-- The simulated WordPress.com side: whether it still accepts the keys it issued the site when
-- it last connected (no row: it does). The site only learns of a revocation by checking.
CREATE TABLE wpcom_site_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    accepted INTEGER NOT NULL CHECK (accepted IN (0, 1))
);
