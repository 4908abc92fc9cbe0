CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100), name text, bio text);
CREATE TABLE scratch (id int);
-- a table made earlier in the same file is new: dropping it is safe
DROP TABLE scratch;
