-- Tables that predate the corpus's migrations (made by hand or a baseline): the lint does not know
-- their columns. MySqlCorpusOnServerTest creates them before it runs the corpus on MariaDB.
CREATE TABLE legacy_events (id bigint PRIMARY KEY, payload varchar(40), kind int);
