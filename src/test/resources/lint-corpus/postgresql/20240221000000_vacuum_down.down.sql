-- a down script is judged by the rules that predict a failure
VACUUM vacuum_probe; -- expect: not-in-transaction
DROP TABLE vacuum_probe;
