-- step 2, in a migration of its own: the scan lets reads and writes go on
ALTER TABLE orders VALIDATE CONSTRAINT orders_note_not_null;
