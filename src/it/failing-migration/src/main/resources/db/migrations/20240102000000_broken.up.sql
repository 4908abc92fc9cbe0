-- a typo on line 4
INSERT INTO orders VALUES (1);

INSERT INTO ordres VALUES (2);
