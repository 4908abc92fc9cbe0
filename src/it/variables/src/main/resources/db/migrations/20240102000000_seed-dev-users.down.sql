DELETE FROM users WHERE name = 'alice';
DELETE FROM seen;
