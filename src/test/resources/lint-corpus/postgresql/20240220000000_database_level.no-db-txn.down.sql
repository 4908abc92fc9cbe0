LOCK TABLE orders; -- expect: lock-outside-transaction
VACUUM orders;
