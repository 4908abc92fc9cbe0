-- without a transaction each statement commits on its own: the validation holds no ACCESS EXCLUSIVE lock
ALTER TABLE orders ADD CONSTRAINT orders_region_check CHECK (region <> '') NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_region_check;
