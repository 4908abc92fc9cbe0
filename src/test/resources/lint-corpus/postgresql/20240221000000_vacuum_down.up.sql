CREATE TABLE vacuum_probe (id int);
