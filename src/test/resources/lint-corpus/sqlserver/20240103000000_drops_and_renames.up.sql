ALTER TABLE users DROP COLUMN nickname, active -- expect: drop-column
ALTER TABLE users DROP CONSTRAINT DF_users_active, COLUMN legacy -- expect: drop-column
ALTER TABLE users DROP PK_users
ALTER TABLE users DROP CONSTRAINT IF EXISTS UQ_users_email, FK_users_self
EXEC sp_rename 'dbo.users.name', 'full_name', 'COLUMN' -- expect: rename-column
EXEC sp_rename @objname = N'users.email', @newname = N'mail', @objtype = N'COLUMN' -- expect: rename-column
EXEC sp_rename 'dbo.orders', 'purchases' -- expect: rename-table
EXEC sp_rename N'purchases.IX_orders_user', N'IX_purchases_user', N'INDEX'
EXEC ('DROP TABLE users')
EXEC sp_executesql N'TRUNCATE TABLE purchases'
PRINT 'DROP TABLE users'
TRUNCATE TABLE purchases -- expect: truncate-table
UPDATE [dbo].[users] SET [mail] = LOWER([mail]) -- expect: dml-without-where
UPDATE users SET mail = CASE WHEN mail IS NULL THEN '' ELSE LOWER(mail) END
  WHERE id < 1000
DELETE FROM purchases -- expect: dml-without-where
DELETE TOP (1000) FROM purchases WHERE status = 'gone'
DELETE p FROM purchases p JOIN users u ON u.id = p.user_id WHERE u.id IS NULL
UPDATE STATISTICS purchases
IF OBJECT_ID('dbo.legacy', 'U') IS NOT NULL DROP TABLE dbo.legacy -- expect: drop-table
DROP TABLE IF EXISTS dbo.scratch -- expect: drop-table
GRANT SELECT, UPDATE, DELETE ON purchases TO reporting
DECLARE c CURSOR FOR SELECT id FROM users FOR UPDATE OF mail
BEGIN TRANSACTION
UPDATE users SET mail = 'x' WHERE id = 1
COMMIT
MERGE INTO users AS t USING (SELECT 1 AS id) AS s ON t.id = s.id
  WHEN MATCHED THEN UPDATE SET mail = 'y'
  WHEN NOT MATCHED BY SOURCE THEN DELETE;
-- dbmigrate:allow drop-table: archived to cold storage in 2023
DROP TABLE old_audit -- expect-allowed: drop-table
UPDATE users SET mail = LOWER(mail) -- dbmigrate:allow dml-without-where: users holds 40 rows -- expect-allowed: dml-without-where
-- a table made earlier in the same file is new: nothing about it is reported
CREATE TABLE staging (id int, payload varchar(10), extra int)
ALTER TABLE staging ALTER COLUMN payload int
ALTER TABLE staging DROP COLUMN extra
EXEC sp_rename 'staging', 'staging2'
UPDATE staging2 SET id = 1
TRUNCATE TABLE staging2
DROP TABLE staging2
GO
-- T-SQL's UPDATE alias ... FROM table alias: the table behind the alias is judged, and named
UPDATE p SET p.status = 'seen' FROM dbo.purchases AS p INNER JOIN (SELECT id FROM users) u ON u.id = p.user_id -- expect: dml-without-where
CREATE TABLE staging (id int, status varchar(10))
UPDATE s SET status = 'new' FROM staging s
DELETE s FROM staging s
