-- step 3: PostgreSQL 12+ sees the valid check and skips the scan
ALTER TABLE orders ALTER COLUMN note SET NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_note_not_null;
-- with the check dropped, the next SET NOT NULL on the column would scan again
ALTER TABLE orders ALTER COLUMN note DROP NOT NULL;
ALTER TABLE orders ALTER COLUMN note SET NOT NULL; -- expect: set-not-null
