ALTER TABLE items ADD COLUMN email varchar(200);
