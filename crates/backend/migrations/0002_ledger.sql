-- The ledger of the WooPayments account: transactions, deposits, disputes and the deposit
-- schedule. Every row names the Stripe Express account it belongs to (`account_id`, as in the
-- world's `account.id`): the ledger belongs to the site's account, whichever WordPress.com user
-- the site is connected as. Money is integer minor units with an upper-case ISO 4217 code;
-- instants are seconds since the Unix epoch, days the instant of their 00:00 UTC.

CREATE TABLE ledger_deposit_schedule (
    account_id TEXT PRIMARY KEY,
    period TEXT NOT NULL CHECK (period IN ('daily', 'weekly', 'monthly')),
    weekday TEXT CHECK (weekday IN ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')),
    month_day INTEGER CHECK (month_day BETWEEN 1 AND 31),
    delay_days INTEGER NOT NULL CHECK (delay_days >= 0),
    CHECK ((period = 'weekly') = (weekday IS NOT NULL)),
    CHECK ((period = 'monthly') = (month_day IS NOT NULL))
);

CREATE TABLE ledger_deposit (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    date INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    status TEXT NOT NULL CHECK (status IN ('pending', 'in_transit', 'paid', 'failed')),
    bank_account_last4 TEXT NOT NULL CHECK (length(bank_account_last4) = 4)
);
CREATE INDEX ledger_deposit_by_date ON ledger_deposit (account_id, date);
CREATE INDEX ledger_deposit_by_amount ON ledger_deposit (account_id, amount);
CREATE INDEX ledger_deposit_by_status ON ledger_deposit (account_id, status, date);
CREATE INDEX ledger_deposit_by_currency ON ledger_deposit (account_id, currency, date);

CREATE TABLE ledger_transaction (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    available_on INTEGER NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('charge', 'refund', 'dispute', 'dispute_reversal')),
    amount INTEGER NOT NULL,
    fee INTEGER NOT NULL,
    net INTEGER NOT NULL CHECK (net = amount - fee),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    customer_name TEXT NOT NULL,
    order_number INTEGER NOT NULL CHECK (order_number >= 0),
    status TEXT NOT NULL CHECK (status IN ('succeeded', 'partially_refunded', 'refunded', 'disputed')),
    card_brand TEXT NOT NULL CHECK (card_brand IN ('visa', 'mastercard', 'amex', 'discover')),
    card_last4 TEXT NOT NULL CHECK (length(card_last4) = 4),
    charge_id TEXT REFERENCES ledger_transaction (id),
    deposit_id TEXT REFERENCES ledger_deposit (id),
    CHECK ((type = 'charge') = (charge_id IS NULL))
);
-- One index per sort (the list always filters by account first), and per filter with the
-- default sort behind it; rowid, the tie-breaker of every sort, is part of each index.
CREATE INDEX ledger_transaction_by_date ON ledger_transaction (account_id, created_at);
CREATE INDEX ledger_transaction_by_amount ON ledger_transaction (account_id, amount);
CREATE INDEX ledger_transaction_by_fee ON ledger_transaction (account_id, fee);
CREATE INDEX ledger_transaction_by_net ON ledger_transaction (account_id, net);
CREATE INDEX ledger_transaction_by_customer ON ledger_transaction (account_id, customer_name COLLATE NOCASE);
CREATE INDEX ledger_transaction_by_order ON ledger_transaction (account_id, order_number);
CREATE INDEX ledger_transaction_by_type ON ledger_transaction (account_id, type, created_at);
CREATE INDEX ledger_transaction_by_status ON ledger_transaction (account_id, status, created_at);
CREATE INDEX ledger_transaction_by_currency ON ledger_transaction (account_id, currency, created_at);
-- Balances (not yet deposited, per currency) and a deposit's transactions.
CREATE INDEX ledger_transaction_by_deposit ON ledger_transaction (deposit_id, account_id, currency, available_on);
CREATE INDEX ledger_transaction_by_charge ON ledger_transaction (charge_id);

CREATE TABLE ledger_dispute (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    transaction_id TEXT NOT NULL REFERENCES ledger_transaction (id),
    created_at INTEGER NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    reason TEXT NOT NULL CHECK (reason IN (
        'fraudulent', 'product_not_received', 'product_unacceptable', 'duplicate',
        'subscription_canceled', 'credit_not_processed', 'general'
    )),
    status TEXT NOT NULL CHECK (status IN ('needs_response', 'under_review', 'won', 'lost', 'accepted')),
    respond_by INTEGER NOT NULL,
    customer_name TEXT NOT NULL,
    order_number INTEGER NOT NULL CHECK (order_number >= 0)
);
CREATE INDEX ledger_dispute_by_date ON ledger_dispute (account_id, created_at);
CREATE INDEX ledger_dispute_by_respond_by ON ledger_dispute (account_id, respond_by);
CREATE INDEX ledger_dispute_by_amount ON ledger_dispute (account_id, amount);
CREATE INDEX ledger_dispute_by_status ON ledger_dispute (account_id, status, created_at);
CREATE INDEX ledger_dispute_by_currency ON ledger_dispute (account_id, currency, created_at);
CREATE INDEX ledger_dispute_by_transaction ON ledger_dispute (transaction_id);
