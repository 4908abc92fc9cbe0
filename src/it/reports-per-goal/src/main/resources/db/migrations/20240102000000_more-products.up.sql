INSERT INTO products VALUES (2, 'teapot');
