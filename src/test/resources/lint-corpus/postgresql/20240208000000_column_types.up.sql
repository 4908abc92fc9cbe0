-- no rewrite: a larger varchar, varchar to text, text to unlimited varchar, more numeric precision
ALTER TABLE orders ALTER COLUMN code TYPE varchar(40);
ALTER TABLE orders ALTER COLUMN code SET DATA TYPE character varying(64);
ALTER TABLE orders ALTER COLUMN note TYPE text;
ALTER TABLE orders ALTER COLUMN status TYPE varchar;
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12, 2);
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp(6);
ALTER TABLE orders ALTER COLUMN code TYPE varchar(10); -- expect: column-type-change
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12, 4); -- expect: column-type-change
ALTER TABLE orders ALTER COLUMN total TYPE bigint; -- expect: column-type-change
ALTER TABLE orders ALTER COLUMN status TYPE varchar(30); -- expect: column-type-change
ALTER TABLE orders ALTER COLUMN note TYPE varchar USING trim(note); -- expect: column-type-change
ALTER TABLE orders ALTER placed_at TYPE timestamp with time zone; -- expect: column-type-change
ALTER TABLE legacy_orders ALTER COLUMN ref TYPE bigint; -- expect: column-type-change
-- the schema follows each change: total is a bigint now, so this changes nothing
ALTER TABLE orders ALTER COLUMN total TYPE int8;
-- a column added to a table no file created has a known type from then on; and it is new in this file
ALTER TABLE legacy_orders ADD COLUMN note varchar(20);
ALTER TABLE legacy_orders ALTER COLUMN note TYPE varchar(40);
ALTER TABLE legacy_orders RENAME COLUMN note TO remark;
ALTER TABLE legacy_orders ALTER COLUMN remark TYPE varchar(10); -- expect: column-type-change
