-- a down script exists to undo: only rules that predict a failure judge it
DROP TABLE scratch
DROP TABLE old_audit
DROP TABLE orders
DROP TABLE users
GO
