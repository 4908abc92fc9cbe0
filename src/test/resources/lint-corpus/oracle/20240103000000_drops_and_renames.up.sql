ALTER TABLE users DROP COLUMN legacy_flag; -- expect: drop-column
ALTER TABLE users DROP (nickname, -- expect: drop-column
  active);
ALTER TABLE users SET UNUSED (born); -- expect: drop-column
ALTER TABLE users SET UNUSED COLUMN code; -- expect: drop-column
-- removing columns already set unused loses nothing more
ALTER TABLE users DROP UNUSED COLUMNS;
ALTER TABLE users DROP CONSTRAINT users_email_uk;
ALTER TABLE users DROP PRIMARY KEY;
ALTER TABLE users DROP UNIQUE (email);
ALTER TABLE orders RENAME PARTITION p2023 TO p_2023;
ALTER TABLE orders DROP SUBPARTITION p2023_eu;
ALTER TABLE users RENAME COLUMN name TO full_name; -- expect: rename-column
ALTER TABLE users RENAME CONSTRAINT users_pk TO users_pkey;
ALTER TABLE orders RENAME TO purchases; -- expect: rename-table
RENAME purchases TO orders; -- expect: rename-table
TRUNCATE TABLE orders; -- expect: truncate-table
UPDATE users SET email = LOWER(email); -- expect: dml-without-where
UPDATE users SET email = LOWER(email) WHERE id BETWEEN 1 AND 10000;
DELETE orders; -- expect: dml-without-where
DELETE FROM orders WHERE status = 'gone';
-- a table made earlier in the same file is new: nothing about it is reported
CREATE TABLE staging (id NUMBER(19), payload VARCHAR2(100), extra NUMBER);
ALTER TABLE staging MODIFY (payload NUMBER(5));
ALTER TABLE staging DROP (extra);
ALTER TABLE staging SET UNUSED (payload);
ALTER TABLE staging RENAME TO staging2;
RENAME staging2 TO staging3;
UPDATE staging3 SET id = 1;
TRUNCATE TABLE staging3;
DROP TABLE staging3 PURGE;
