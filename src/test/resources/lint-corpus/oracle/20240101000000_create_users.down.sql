-- a down script exists to undo: only rules that predict a failure judge it
DROP TABLE old_orders;
DROP TABLE audit_log;
DROP TABLE orders;
DROP TABLE users;
