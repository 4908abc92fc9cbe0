ALTER TABLE items ADD COLUMN name varchar(100);
