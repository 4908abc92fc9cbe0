CREATE UNIQUE INDEX CONCURRENTLY shipments_id_idx ON shipments (id);
