ALTER TABLE users ADD COLUMN nickname text;
-- a column added earlier in the same file is new: the running release never used it
ALTER TABLE users DROP COLUMN nickname;
ALTER TABLE users DROP COLUMN bio; -- expect: drop-column
ALTER TABLE users RENAME COLUMN name TO full_name; -- expect: rename-column
ALTER TABLE users RENAME TO accounts; -- expect: rename-table
ALTER TABLE accounts DROP CONSTRAINT users_pkey;
TRUNCATE accounts; -- expect: truncate-table
UPDATE accounts SET email = lower(email); -- expect: dml-without-where
UPDATE accounts SET email = lower(email) WHERE id < 1000;
DELETE FROM accounts; -- expect: dml-without-where
CREATE TABLE fresh (id int, label varchar(10));
ALTER TABLE fresh DROP COLUMN label, RENAME COLUMN id TO fresh_id;
UPDATE fresh SET fresh_id = 1;
