-- the recipe: CONCURRENTLY, alone in a file that runs without a transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_placed_at_idx2 ON orders (placed_at);
