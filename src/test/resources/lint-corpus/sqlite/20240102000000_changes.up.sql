ALTER TABLE users ADD COLUMN city TEXT;
ALTER TABLE users ADD phone TEXT;
-- a column added earlier in the same file is new: the running release never used it
ALTER TABLE users DROP COLUMN city;
ALTER TABLE users DROP COLUMN bio; -- expect: drop-column
ALTER TABLE users RENAME COLUMN name TO full_name; -- expect: rename-column
ALTER TABLE users RENAME nickname TO handle; -- expect: rename-column
ALTER TABLE orders RENAME TO purchases; -- expect: rename-table
UPDATE users SET email = lower(email); -- expect: dml-without-where
UPDATE OR IGNORE users SET email = lower(email); -- expect: dml-without-where
UPDATE users SET email = lower(email) WHERE id < 1000;
DELETE FROM purchases; -- expect: dml-without-where
DELETE FROM purchases WHERE status = 'gone';
-- a WITH before UPDATE or DELETE: judged as the UPDATE or DELETE it leads to
WITH recent AS (SELECT id FROM users WHERE id > 10) UPDATE users SET email = lower(email); -- expect: dml-without-where
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3), old AS (SELECT id FROM purchases)
  DELETE FROM purchases WHERE id IN (SELECT id FROM old);
WITH recent AS (SELECT id FROM users) SELECT count(*) FROM recent;
-- a table made earlier in the same file is new: nothing about it is reported
CREATE TABLE staging (id INTEGER, payload TEXT);
ALTER TABLE staging DROP COLUMN payload;
ALTER TABLE staging RENAME TO staging2;
UPDATE staging2 SET id = 1;
DROP TABLE staging2;
-- SQLite's way to change a column: a new table, copied, swapped in; the old one's drop is reviewed
CREATE TABLE users_new (id INTEGER PRIMARY KEY, email TEXT NOT NULL DEFAULT '', full_name TEXT, handle TEXT,
  phone TEXT);
INSERT INTO users_new SELECT id, coalesce(email, ''), full_name, handle, phone FROM users;
-- dbmigrate:allow drop-table: its rows were copied into users_new just above
DROP TABLE users; -- expect-allowed: drop-table
ALTER TABLE users_new RENAME TO users;
DROP TABLE audit; -- expect: drop-table
-- a session's temporary table is no other session's: dropping it loses nothing
DROP TABLE IF EXISTS temp.scratch;
