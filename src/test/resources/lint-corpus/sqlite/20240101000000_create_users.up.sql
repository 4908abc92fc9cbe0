CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, name TEXT, nickname TEXT, bio TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER, status TEXT);
CREATE TABLE audit (id INTEGER);
-- a trigger's body is one statement with it, never read as statements of its own
CREATE TRIGGER users_touch AFTER UPDATE ON users BEGIN
  UPDATE users SET email = lower(email) WHERE id = NEW.id;
  DELETE FROM audit;
END;
INSERT INTO users (id, email, name) VALUES (1, 'A@example.com', 'a');
