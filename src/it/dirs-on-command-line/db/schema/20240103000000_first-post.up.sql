-- Fails unless the user seeded by db/data's 20240102000000 is there: the two directories' versions run in one order.
CREATE TABLE posts (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id));
INSERT INTO posts (id, user_id) VALUES (1, 1);
