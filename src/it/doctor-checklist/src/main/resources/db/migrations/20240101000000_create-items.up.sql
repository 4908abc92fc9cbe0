CREATE TABLE items (id int PRIMARY KEY, name varchar(100));
