-- The channel form's tabs as structured settings (Brand, Commercial Invoice, Despatch Emails, Feedback Emails),
-- the store name ReCharge reports for the token, and removal that keeps the channel's orders.
ALTER TABLE sales_channel
    ADD COLUMN brand_logo_url                VARCHAR(500),
    ADD COLUMN brand_accent_colour           VARCHAR(7) CHECK (brand_accent_colour ~ '^#[0-9a-f]{6}$'),
    ADD COLUMN brand_sender_name             VARCHAR(100),
    ADD COLUMN brand_sender_email            VARCHAR(320),
    ADD COLUMN brand_reply_to                VARCHAR(320),
    ADD COLUMN invoice_company_name          VARCHAR(200),
    ADD COLUMN invoice_address               TEXT,
    ADD COLUMN invoice_eori                  VARCHAR(17),
    ADD COLUMN invoice_vat_number            VARCHAR(15),
    ADD COLUMN invoice_country_of_origin     VARCHAR(2),
    ADD COLUMN invoice_hs_code               VARCHAR(10),
    ADD COLUMN invoice_reason_for_export     VARCHAR(20),
    ADD COLUMN invoice_terms_of_sale         VARCHAR(3) CHECK (invoice_terms_of_sale IN ('DDP', 'DAP')),
    ADD COLUMN despatch_emails_subject       VARCHAR(200),
    ADD COLUMN despatch_emails_tracking_link BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN feedback_url_template         VARCHAR(500),
    ADD COLUMN store_name                    VARCHAR(200),
    ADD COLUMN removed_at                    TIMESTAMPTZ;

-- The free-text invoice details become the address (nothing is lost; an admin splits them out), and the despatch
-- sender becomes the brand's sender, which every email of the channel uses.
UPDATE sales_channel SET invoice_address = commercial_invoice, brand_sender_email = despatch_emails_from;
ALTER TABLE sales_channel DROP COLUMN commercial_invoice, DROP COLUMN despatch_emails_from;

-- A removed channel keeps its row (its orders point at it) but frees its name.
ALTER TABLE sales_channel DROP CONSTRAINT sales_channel_name_key;
CREATE UNIQUE INDEX sales_channel_name_key ON sales_channel (name) WHERE removed_at IS NULL;

-- Company details and the default brand, used wherever a channel leaves a brand field empty. One row.
CREATE TABLE general_settings (
    id                  SMALLINT     PRIMARY KEY CHECK (id = 1),
    company_name        VARCHAR(200) NOT NULL,
    company_address     VARCHAR(1000),
    company_email       VARCHAR(320),
    company_phone       VARCHAR(40),
    company_website     VARCHAR(500),
    vat_number          VARCHAR(15),
    eori                VARCHAR(17),
    brand_name          VARCHAR(200) NOT NULL,
    brand_logo_url      VARCHAR(500),
    brand_accent_colour VARCHAR(7)   NOT NULL CHECK (brand_accent_colour ~ '^#[0-9a-f]{6}$'),
    brand_sender_name   VARCHAR(100),
    brand_sender_email  VARCHAR(320),
    brand_reply_to      VARCHAR(320),
    updated_at          TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0
);
INSERT INTO general_settings (id, company_name, brand_name, brand_accent_colour, brand_sender_name, updated_at)
VALUES (1, 'My company', 'My company', '#1d4ed8', 'My company', now());

ALTER TABLE warehouse ADD COLUMN updated_at TIMESTAMPTZ;
UPDATE warehouse SET updated_at = created_at;
ALTER TABLE warehouse ALTER COLUMN updated_at SET NOT NULL;
