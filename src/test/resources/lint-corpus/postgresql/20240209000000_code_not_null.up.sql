ALTER TABLE orders ALTER COLUMN code SET NOT NULL; -- expect: set-not-null
-- the recipe, step 1: a check that new rows must pass, without reading the old ones
ALTER TABLE orders ADD CONSTRAINT orders_note_not_null CHECK (note IS NOT NULL) NOT VALID;
