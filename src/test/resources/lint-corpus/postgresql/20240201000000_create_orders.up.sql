CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (
  id bigint,
  customer_id bigint,
  code varchar(20),
  note varchar(50),
  amount numeric(10, 2),
  status text,
  placed_at timestamp(3) without time zone,
  total integer,
  kind text
);
-- tables created in this file are new: none of the rules about existing tables apply
CREATE INDEX orders_status_idx ON orders (status);
CREATE UNIQUE INDEX orders_code_idx ON orders (code);
CREATE INDEX orders_note_idx ON orders (note);
CREATE INDEX orders_placed_at_idx ON orders (placed_at);
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE orders ADD CHECK (amount >= 0), ADD UNIQUE (id, code);
ALTER TABLE orders ADD COLUMN created_at timestamptz NOT NULL DEFAULT clock_timestamp();
ALTER TABLE orders ADD COLUMN region text NOT NULL;
ALTER TABLE orders ALTER COLUMN kind TYPE varchar(10);
ALTER TABLE orders ALTER COLUMN kind SET NOT NULL;
LOCK TABLE orders IN ACCESS EXCLUSIVE MODE;
REINDEX TABLE orders;
-- a materialized view is a table too: one made in this file is new, and so is its index
CREATE MATERIALIZED VIEW order_totals AS SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id;
CREATE UNIQUE INDEX order_totals_customer_idx ON order_totals (customer_id);
