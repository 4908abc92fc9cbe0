-- the items everyone lists
CREATE TABLE items (
  id int PRIMARY KEY,
  name varchar(100)
);

INSERT INTO items VALUES (1, 'a; b');
