ALTER TABLE users ADD COLUMN nickname varchar(30);
ALTER TABLE users ADD COLUMN plan varchar(10) NOT NULL DEFAULT 'free', ALGORITHM=INSTANT;
ALTER TABLE users ADD COLUMN tier int NOT NULL; -- expect: not-null-without-default
ALTER TABLE users ADD (seq bigint NOT NULL, region char(2) NOT NULL DEFAULT 'eu'); -- expect: not-null-without-default
-- a column added earlier in the same file is new: the running release never used it
ALTER TABLE users DROP COLUMN nickname;
ALTER TABLE users DROP COLUMN visits; -- expect: drop-column
-- MariaDB's ALTER ONLINE TABLE is LOCK=NONE: it keeps writes going, not the release's inserts
ALTER ONLINE TABLE users ADD COLUMN level int NOT NULL; -- expect: not-null-without-default
ALTER ONLINE TABLE users ADD COLUMN badge int NULL;
-- InnoDB builds secondary indexes online: a plain CREATE INDEX passes
CREATE INDEX idx_users_email ON users (email);
CREATE UNIQUE INDEX idx_users_seq ON users (seq) ALGORITHM=INPLACE LOCK=NONE;
ALTER TABLE users ADD INDEX idx_users_plan (plan), ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE users DROP INDEX idx_users_plan;
CREATE INDEX idx_users_tier ON users (tier) ALGORITHM=COPY; -- expect: algorithm-copy
CREATE INDEX idx_users_region ON users (region) LOCK=SHARED; -- expect: blocking-alter-lock
DROP INDEX idx_users_tier ON users;
ALTER TABLE users RENAME COLUMN remark TO about; -- expect: rename-column
ALTER TABLE users RENAME INDEX idx_users_email TO idx_email;
ALTER TABLE orders ADD COLUMN note text, ALGORITHM=COPY; -- expect: algorithm-copy
ALTER TABLE orders ADD COLUMN note2 text, ALGORITHM = INPLACE, LOCK = NONE;
ALTER TABLE orders ENGINE=InnoDB, LOCK=SHARED; -- expect: blocking-alter-lock
ALTER TABLE orders FORCE, ALGORITHM=INPLACE, LOCK=DEFAULT;
ALTER TABLE orders CONVERT TO CHARACTER SET utf8mb4; -- expect: convert-character-set
-- only the default for columns added later: metadata
ALTER TABLE orders DEFAULT CHARACTER SET utf8mb4;
-- FULLTEXT and SPATIAL indexes are built under a shared lock: writes wait
ALTER TABLE users ADD FULLTEXT INDEX ft_users_bio (bio); -- expect: blocking-index
CREATE FULLTEXT INDEX ft_users_about ON users (about); -- expect: blocking-index
CREATE TABLE articles (id int PRIMARY KEY, title varchar(100), body text, FULLTEXT KEY ft_body (body));
CREATE FULLTEXT INDEX ft_title ON articles (title);
ALTER TABLE articles ADD FULLTEXT (title, body);
