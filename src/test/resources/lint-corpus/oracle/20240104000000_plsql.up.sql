-- PL/SQL bodies and strings are never read
BEGIN
  EXECUTE IMMEDIATE 'DROP TABLE audit_log';
  DELETE FROM audit_log;
END;
/
DECLARE
  n NUMBER;
BEGIN
  UPDATE users SET email = NULL;
  EXECUTE IMMEDIATE q'[ALTER TABLE users DROP COLUMN email]';
END;
/
CREATE OR REPLACE PROCEDURE purge_audit AS
BEGIN
  DELETE FROM audit_log;
  EXECUTE IMMEDIATE 'TRUNCATE TABLE audit_log';
END;
/
CREATE OR REPLACE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW
BEGIN
  :new.email := LOWER(:new.email);
END;
/
CREATE OR REPLACE PACKAGE BODY cleanup AS
  PROCEDURE run IS
  BEGIN
    UPDATE orders SET status = 'x';
    EXECUTE IMMEDIATE 'ALTER TABLE orders RENAME TO gone';
  END run;
END cleanup;
/
INSERT INTO audit_log (id, msg) VALUES (1, 'DROP TABLE users; TRUNCATE TABLE orders');
UPDATE audit_log SET msg = q'[DELETE FROM users]' WHERE id = 1;
DROP TABLE audit_log CASCADE CONSTRAINTS PURGE; -- expect: drop-table
-- dbmigrate:allow drop-table: its rows were archived to the warehouse in 2023
DROP TABLE old_orders CASCADE CONSTRAINTS; -- expect-allowed: drop-table
