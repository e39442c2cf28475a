-- People who sign in. Passwords are bcrypt hashes in Modular Crypt Format ($2a$...); roles are a comma-separated
-- subset of admin, warehouse, ops. A disabled user cannot sign in, and a session they still hold stops working.
CREATE TABLE app_user (
    id            BIGSERIAL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._@-]{2,63}$'),
    password_hash VARCHAR(100) NOT NULL,
    roles         VARCHAR(100) NOT NULL CHECK (roles ~ '^(admin|warehouse|ops)(,(admin|warehouse|ops))*$'),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);

-- Who changed which setting of which channel, user or warehouse, and when. Secrets never appear: a token
-- change is written as "token replaced, ends in 1a2b".
CREATE TABLE audit_entry (
    id           BIGSERIAL PRIMARY KEY,
    at           TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    subject_type VARCHAR(20)  NOT NULL CHECK (subject_type IN ('CHANNEL', 'USER', 'WAREHOUSE', 'GENERAL_SETTINGS')),
    subject_id   BIGINT,
    subject_name VARCHAR(200) NOT NULL,
    action       VARCHAR(20)  NOT NULL CHECK (action IN ('CREATED', 'CHANGED', 'REMOVED')),
    -- [{"setting": "name", "from": "ReCharge UK", "to": "ReCharge GB"}, {"setting": "accessToken", "note": "..."}]
    changes      JSONB        NOT NULL DEFAULT '[]'
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC, id DESC);
CREATE INDEX audit_entry_subject ON audit_entry (subject_type, subject_id, at DESC);
