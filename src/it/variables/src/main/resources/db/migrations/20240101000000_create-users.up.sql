CREATE TABLE users (name varchar(40));
CREATE TABLE seen (label varchar(40), val varchar(200));
