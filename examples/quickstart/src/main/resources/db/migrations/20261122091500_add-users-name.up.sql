ALTER TABLE users ADD COLUMN name VARCHAR(100);
INSERT INTO users (id, email, name) VALUES (1, 'ada@example.com', 'Ada');
