SET NOCOUNT ON;
-- one batch, several statements without semicolons: each finding at its own line
ALTER TABLE users ADD nickname nvarchar(30) NULL, active bit NOT NULL DEFAULT 1
ALTER TABLE users ALTER COLUMN email nvarchar(200) NOT NULL
ALTER TABLE users ALTER COLUMN name varchar(80)
ALTER TABLE users ALTER COLUMN bio varchar(max)
ALTER TABLE users ALTER COLUMN age int NULL
ALTER TABLE users ALTER COLUMN active bit NULL
ALTER TABLE users ALTER COLUMN email nvarchar(150) NOT NULL -- expect: column-type-change
ALTER TABLE users ALTER COLUMN name varchar(max) -- expect: column-type-change
ALTER TABLE users ALTER COLUMN code char(8) -- expect: column-type-change
ALTER TABLE users ALTER COLUMN age bigint -- expect: column-type-change
ALTER TABLE users ALTER COLUMN score decimal(20,2) -- expect: column-type-change
ALTER TABLE customers ALTER COLUMN city nvarchar(100) -- expect: column-type-change
ALTER TABLE users ADD CONSTRAINT FK_users_self FOREIGN KEY (id) REFERENCES users (id) ON DELETE NO ACTION ON UPDATE NO ACTION
GO
