CREATE TABLE dbo.users (
  id bigint IDENTITY(1,1) PRIMARY KEY,
  email nvarchar(100) NOT NULL,
  name varchar(50),
  code char(4),
  score decimal(10,2),
  bio text,
  age int,
  legacy varchar(10)
);
CREATE TABLE [dbo].[orders] ([id] bigint NOT NULL, [user_id] bigint, [note] nvarchar(200), [status] varchar(10));
GO
CREATE TABLE old_audit (id int);
CREATE TABLE scratch (id int);
GO
