-- outside a transaction they run; LOCK TABLE does not
VACUUM ANALYZE orders;
LOCK TABLE orders IN ACCESS SHARE MODE; -- expect: lock-outside-transaction
