ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0); -- expect: constraint-not-valid
ALTER TABLE orders ADD CHECK (total >= 0); -- expect: constraint-not-valid
ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id); -- expect: constraint-not-valid
ALTER TABLE orders ADD CONSTRAINT orders_buyer_fk FOREIGN KEY (buyer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check; -- expect: constraint-not-valid
ALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE (code); -- expect: unique-without-index
ALTER TABLE orders ADD PRIMARY KEY (id); -- expect: unique-without-index
ALTER TABLE orders ADD CONSTRAINT orders_kind_excl EXCLUDE USING gist (kind WITH =);
