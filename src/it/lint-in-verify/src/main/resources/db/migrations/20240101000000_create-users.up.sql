CREATE TABLE users (id bigint PRIMARY KEY, email text, nick text);
CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint);
