RENAME TABLE orders TO purchases; -- expect: rename-table
ALTER TABLE purchases RENAME AS sales; -- expect: rename-table
ALTER TABLE sales RENAME deals; -- expect: rename-table
TRUNCATE TABLE deals; -- expect: truncate-table
UPDATE users SET plan = 'free'; -- expect: dml-without-where
UPDATE LOW_PRIORITY users SET plan = 'pro' WHERE id < 1000;
-- a LIMIT is a batch
UPDATE users SET plan = 'pro' LIMIT 1000;
DELETE FROM users; -- expect: dml-without-where
DELETE QUICK FROM `users` WHERE id < 1000;
DELETE FROM users ORDER BY id LIMIT 1000;
DROP TABLE deals; -- expect: drop-table
CREATE TABLE staging (id int);
DROP TABLE IF EXISTS staging;
