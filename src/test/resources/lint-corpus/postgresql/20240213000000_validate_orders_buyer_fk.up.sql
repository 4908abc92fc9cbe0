ALTER TABLE orders VALIDATE CONSTRAINT orders_buyer_fk;
