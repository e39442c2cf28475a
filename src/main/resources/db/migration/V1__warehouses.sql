-- Warehouses: where stock is held and orders are despatched from.
CREATE TABLE warehouse (
    id           BIGSERIAL PRIMARY KEY,
    code         VARCHAR(32)  NOT NULL UNIQUE,
    name         VARCHAR(200) NOT NULL,
    address      VARCHAR(500),
    country_code CHAR(2)      NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

INSERT INTO warehouse (code, name, address, country_code)
VALUES ('MAIN', 'Main warehouse', 'Unit 1, Example Park', 'GB');
