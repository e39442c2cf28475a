-- Where a user's own emails go (a test email from the email preview, say). Optional.
ALTER TABLE app_user ADD COLUMN email VARCHAR(320);
