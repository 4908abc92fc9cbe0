-- users
CREATE TABLE users (id int PRIMARY KEY);
