-- statements PostgreSQL refuses inside a transaction block, in a file that runs in one
VACUUM ANALYZE orders; -- expect: not-in-transaction
VACUUM (FULL) orders; -- expect: not-in-transaction, heavy-lock
ALTER SYSTEM SET work_mem = '8MB'; -- expect: not-in-transaction
CREATE DATABASE reporting; -- expect: not-in-transaction
DROP DATABASE IF EXISTS scratch; -- expect: not-in-transaction
CLUSTER; -- expect: not-in-transaction, heavy-lock
REINDEX SYSTEM shop; -- expect: not-in-transaction, index-not-concurrent
-- the same words where they run in a transaction
CLUSTER orders USING orders_pkey; -- expect: heavy-lock
ANALYZE orders;
ALTER DATABASE shop SET work_mem = '8MB';
LOCK TABLE orders IN ACCESS SHARE MODE;
