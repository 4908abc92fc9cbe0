VACUUM FULL orders; -- expect: heavy-lock
VACUUM (FULL, ANALYZE) orders, customers; -- expect: heavy-lock
VACUUM FULL; -- expect: heavy-lock
CLUSTER orders USING orders_pkey; -- expect: heavy-lock
CLUSTER; -- expect: heavy-lock
VACUUM orders;
VACUUM (ANALYZE, VERBOSE) orders;
VACUUM (FULL false) orders;
ANALYZE orders;
CREATE TABLE staging (id int PRIMARY KEY);
VACUUM FULL staging;
CLUSTER staging USING staging_pkey;
