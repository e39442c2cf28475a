-- Warehouses: where stock is held and orders are despatched from.
CREATE TABLE warehouse (
    id           BIGSERIAL PRIMARY KEY,
    code         VARCHAR(32)  NOT NULL UNIQUE,
    name         VARCHAR(200) NOT NULL,
    address      VARCHAR(500),
    -- VARCHAR rather than CHAR(2): Hibernate validates the schema and maps String to VARCHAR.
    country_code VARCHAR(2)   NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

INSERT INTO warehouse (code, name, address, country_code)
VALUES ('MAIN', 'Main warehouse', 'Unit 1, Example Park', 'GB');
