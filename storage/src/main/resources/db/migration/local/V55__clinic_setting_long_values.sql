-- The clinic's own interactions CSV is a clinic setting (issue 12), so every desk flags the same pairs: a setting's
-- value may now hold up to 1,000,000 characters (the largest CSV an import accepts). Central keeps values as text.
ALTER TABLE clinic_setting ALTER COLUMN setting_value SET DATA TYPE VARCHAR(1000000);
