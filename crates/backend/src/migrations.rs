//! The database schema, as an ordered list of migrations. The database's `user_version`
//! records how many have run; each runs once, in its own transaction. Never edit a migration
//! that has shipped: add a new one.

/// Every migration, oldest first.
pub const MIGRATIONS: &[&str] = &[
    // 1: the site, its WordPress.com connection, and its WooPayments (Stripe Express) account.
    r#"
    CREATE TABLE site (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        url TEXT NOT NULL,
        revision INTEGER NOT NULL
    );
    CREATE TABLE wpcom_connection (
        site_id INTEGER PRIMARY KEY REFERENCES site(id) CHECK (site_id = 1),
        state TEXT NOT NULL CHECK (state IN ('connected', 'broken')),
        user_login TEXT NOT NULL,
        user_display_name TEXT NOT NULL,
        connected_at INTEGER NOT NULL
    );
    CREATE TABLE express_account (
        site_id INTEGER PRIMARY KEY REFERENCES site(id) CHECK (site_id = 1),
        account_id TEXT NOT NULL UNIQUE,
        verification TEXT NOT NULL CHECK (verification IN (
            'complete', 'pending_verification', 'restricted_soon', 'restricted', 'rejected', 'under_review'
        ))
    );
    INSERT INTO site (id, name, url, revision) VALUES (1, 'My WooCommerce Store', 'https://store.example', 1);
    "#,
];
