ALTER TABLE users ADD tier tinyint NOT NULL -- expect: not-null-without-default
GO
ALTER TABLE users ADD region nvarchar(10) NULL, plan nvarchar(10) NOT NULL -- expect: not-null-without-default
GO
ALTER TABLE users ADD score2 int NOT NULL CONSTRAINT DF_users_score2 DEFAULT 0
GO
ALTER TABLE users ADD row_id int IDENTITY(1,1) NOT NULL
GO
CREATE TABLE fresh_accounts (id int PRIMARY KEY)
ALTER TABLE fresh_accounts ADD owner_id int NOT NULL
GO
ALTER TABLE users ADD rv rowversion NOT NULL
GO
