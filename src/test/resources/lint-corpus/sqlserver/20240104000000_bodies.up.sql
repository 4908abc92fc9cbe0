-- procedure, trigger and view bodies are never read
CREATE PROCEDURE dbo.purge_purchases AS
BEGIN
  DELETE FROM purchases;
  TRUNCATE TABLE purchases;
  DROP TABLE users;
END
GO
CREATE OR ALTER TRIGGER trg_users ON users AFTER INSERT, UPDATE AS
  UPDATE users SET mail = LOWER(mail);
  EXEC sp_rename 'users', 'people';
GO
ALTER VIEW v_users AS SELECT id FROM users
GO
CREATE FUNCTION dbo.f() RETURNS int AS BEGIN RETURN 1 END
GO
sp_rename 'users.mail', 'email', 'COLUMN' -- expect: rename-column
GO
DROP TABLE purchases -- expect: drop-table
GO
