-- The old orders table is replaced by audit.
DROP TABLE legacy_orders;
