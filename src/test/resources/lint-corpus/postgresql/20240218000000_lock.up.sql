LOCK TABLE orders; -- expect: heavy-lock
LOCK customers IN SHARE MODE NOWAIT; -- expect: heavy-lock
LOCK TABLE orders IN ROW EXCLUSIVE MODE;
LOCK TABLE orders, customers IN ACCESS SHARE MODE;
CREATE TABLE batch (id int);
LOCK TABLE batch IN ACCESS EXCLUSIVE MODE;
