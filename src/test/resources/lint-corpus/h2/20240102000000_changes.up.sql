ALTER TABLE users ADD COLUMN (city VARCHAR(50), zip VARCHAR(10));
ALTER TABLE users ADD COLUMN phone VARCHAR(20);
ALTER TABLE users ALTER COLUMN email SET DATA TYPE VARCHAR(200);
ALTER TABLE users ALTER COLUMN name VARCHAR(80);
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
-- a column added earlier in the same file is new: the running release never used it
ALTER TABLE users DROP COLUMN zip;
ALTER TABLE users DROP COLUMN city, bio; -- expect: drop-column
ALTER TABLE users DROP COLUMN phone;
ALTER TABLE users DROP COLUMN (nickname, age); -- expect: drop-column
ALTER TABLE users ALTER COLUMN name RENAME TO full_name; -- expect: rename-column
ALTER TABLE users RENAME COLUMN full_name TO display_name; -- expect: rename-column
ALTER TABLE orders RENAME TO purchases; -- expect: rename-table
ALTER TABLE purchases ADD CONSTRAINT purchases_status_ck CHECK (status <> '');
ALTER TABLE purchases DROP CONSTRAINT purchases_status_ck;
TRUNCATE TABLE audit; -- expect: truncate-table
UPDATE users SET email = LOWER(email); -- expect: dml-without-where
UPDATE users SET email = LOWER(email) WHERE id < 1000;
DELETE FROM purchases; -- expect: dml-without-where
DELETE FROM purchases WHERE status = 'gone';
-- a table made earlier in the same file is new: nothing about it is reported
CREATE TABLE staging (id BIGINT, payload VARCHAR(10), extra INT);
ALTER TABLE staging DROP COLUMN payload, extra;
ALTER TABLE staging RENAME TO staging2;
UPDATE staging2 SET id = 1;
TRUNCATE TABLE staging2;
DROP TABLE staging2;
DROP TABLE legacy; -- expect: drop-table
-- dbmigrate:allow drop-table: the audit rows moved to the warehouse in 2023
DROP TABLE IF EXISTS audit; -- expect-allowed: drop-table
