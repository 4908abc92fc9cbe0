DROP TABLE accounts; -- expect: drop-table
CREATE TABLE audit (id int);
-- dbmigrate:allow drop-table: the audit log moved to the warehouse in 2023
DROP TABLE IF EXISTS audit, legacy; -- expect-allowed: drop-table
DROP TABLE IF EXISTS pg_temp.scratch;
