-- this down script runs in a transaction: PostgreSQL refuses CONCURRENTLY there
CREATE INDEX CONCURRENTLY orders_placed_at_idx ON orders (placed_at); -- expect: concurrently-in-transaction
