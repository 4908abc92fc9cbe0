CREATE INDEX orders_customer_id_idx ON orders (customer_id); -- expect: index-not-concurrent
CREATE UNIQUE INDEX IF NOT EXISTS orders_id_idx ON public.orders USING btree (id); -- expect: index-not-concurrent
CREATE INDEX ON orders (amount); -- expect: index-not-concurrent
CREATE INDEX orders_lower_code_idx -- expect: index-not-concurrent
  ON orders (lower(code)) WHERE status <> 'done';
DROP INDEX orders_status_idx; -- expect: index-not-concurrent
DROP INDEX IF EXISTS legacy_idx; -- expect: index-not-concurrent
REINDEX TABLE orders; -- expect: index-not-concurrent
REINDEX INDEX orders_code_idx; -- expect: index-not-concurrent
REINDEX DATABASE shop; -- expect: index-not-concurrent, not-in-transaction
CREATE INDEX CONCURRENTLY orders_kind_idx ON orders (kind); -- expect: concurrently-in-transaction
DROP INDEX CONCURRENTLY orders_id_idx; -- expect: concurrently-in-transaction
REINDEX (VERBOSE) TABLE CONCURRENTLY orders; -- expect: concurrently-in-transaction
REINDEX (CONCURRENTLY) INDEX orders_code_idx; -- expect: concurrently-in-transaction
-- dbmigrate:allow index-not-concurrent: customers is a lookup table of forty rows
CREATE INDEX customers_lower_email_idx ON customers (lower(email)); -- expect-allowed: index-not-concurrent
-- the first step of indexing a partitioned table: ON ONLY builds nothing on its partitions
CREATE INDEX orders_parent_kind_idx ON ONLY orders (kind);
-- a table created in this file, and its index, are new
CREATE TABLE shipments (id bigint, order_id bigint);
CREATE INDEX shipments_order_idx ON shipments (order_id);
REINDEX INDEX shipments_order_idx;
ALTER INDEX shipments_order_idx RENAME TO shipments_order_id_idx;
DROP INDEX shipments_order_id_idx;
-- an index follows its table's rename: drafts2 is new in this file too
CREATE TABLE drafts (id bigint);
CREATE INDEX drafts_id_idx ON drafts (id);
ALTER TABLE drafts RENAME TO drafts2;
DROP INDEX drafts_id_idx;
-- statements in function bodies and DO blocks are not this migration's own
CREATE FUNCTION orders_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE orders SET total = 0;
  CREATE INDEX orders_total_idx ON orders (total);
  RETURN NEW;
END
$$;
DO $body$
BEGIN
  ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
  EXECUTE 'DROP TABLE customers';
END
$body$;
CREATE FUNCTION orders_reset() RETURNS void LANGUAGE sql AS 'TRUNCATE orders; DROP TABLE orders';
-- an E'' string with an escaped quote: the WHERE inside it is text, so this UPDATE has none
UPDATE orders SET note = E'it\'s done; WHERE it ends'; -- expect: dml-without-where
UPDATE orders SET note = E'line\none' WHERE id = 1;
-- a materialized view made by an earlier file is read by the running release: its index build locks it
CREATE INDEX order_totals_total_idx ON order_totals (total); -- expect: index-not-concurrent
-- a WITH before UPDATE or DELETE: judged as the UPDATE or DELETE it leads to
WITH totals AS (SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id) -- expect: dml-without-where
UPDATE customers SET email = lower(email) FROM totals;
WITH totals AS (SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id)
UPDATE customers c SET email = lower(email) FROM totals t WHERE c.id = t.customer_id;
WITH RECURSIVE done (id) AS NOT MATERIALIZED (SELECT id FROM orders WHERE status = 'done')
DELETE FROM orders WHERE id IN (SELECT id FROM done);
