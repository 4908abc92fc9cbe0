-- Widening a VARCHAR while it stays within 255 bytes (utf8mb4: 4 bytes a character, so up to 63)
-- is done in place; ALGORITHM=INPLACE, LOCK=NONE makes the server refuse it otherwise.
ALTER TABLE users MODIFY email varchar(60) NOT NULL;
ALTER TABLE users MODIFY COLUMN email varchar(63) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE users MODIFY email varchar(64) NOT NULL; -- expect: column-type-change
-- from 256 bytes on the length prefix is 2 bytes whatever the length: widening stays in place
ALTER TABLE users MODIFY bio varchar(1000), ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE users MODIFY bio varchar(200); -- expect: column-type-change
-- latin1 takes 1 byte a character: 255 characters still fit one length byte
ALTER TABLE users MODIFY name varchar(255) CHARACTER SET latin1, ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE users MODIFY name varchar(256) CHARACTER SET latin1; -- expect: column-type-change
-- CHANGE with the same name redefines; with another name it also renames
ALTER TABLE users CHANGE COLUMN note note varchar(60), ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE users CHANGE note memo varchar(60); -- expect: rename-column
ALTER TABLE users CHANGE `memo` `remark` text; -- expect: rename-column, column-type-change
-- an integer's display width is no change of type
ALTER TABLE users MODIFY age int(10), ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE users MODIFY score bigint; -- expect: column-type-change
-- ENUM members added at the end are metadata only; reordered ones are a copy
ALTER TABLE users MODIFY status enum('active','blocked','deleted'), ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE users MODIFY status enum('deleted','active','blocked'); -- expect: column-type-change
ALTER TABLE orders MODIFY total decimal(12,2); -- expect: column-type-change
ALTER TABLE orders MODIFY code varchar(8); -- expect: column-type-change
-- a table no migration file created: its column's current type cannot be known
ALTER TABLE legacy_events MODIFY payload varchar(60); -- expect: column-type-change
-- dbmigrate:allow column-type-change: users holds a few hundred rows, the copy takes milliseconds
ALTER TABLE users MODIFY `rank` int; -- expect-allowed: column-type-change
-- int(10) unsigned and int unsigned are one type; dropping UNSIGNED is a copy
ALTER TABLE users MODIFY visits int unsigned NOT NULL DEFAULT 0;
ALTER TABLE users MODIFY visits int NOT NULL DEFAULT 0; -- expect: column-type-change
-- a column swapped in on a table no file created: the new column is added, filled, and renamed over
-- the old one. Only the drop is reviewed: the added column's type is known, and it is new in this file
ALTER TABLE legacy_events ADD COLUMN kind_tmp bigint;
UPDATE legacy_events SET kind_tmp = kind WHERE id > 0;
ALTER TABLE legacy_events DROP COLUMN kind; -- expect: drop-column
ALTER TABLE legacy_events CHANGE kind_tmp kind bigint;
ALTER TABLE legacy_events MODIFY kind int; -- expect: column-type-change
