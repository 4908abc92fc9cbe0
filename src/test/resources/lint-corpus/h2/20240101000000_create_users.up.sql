CREATE TABLE users (id BIGINT PRIMARY KEY, email VARCHAR(100), name VARCHAR(50), nickname VARCHAR(20), age INT,
  bio VARCHAR(100));
CREATE TABLE orders (id BIGINT PRIMARY KEY, user_id BIGINT, status VARCHAR(10));
CREATE TABLE audit (id BIGINT);
CREATE TABLE legacy (id BIGINT);
INSERT INTO users (id, email, name) VALUES (1, 'A@example.com', 'a');
