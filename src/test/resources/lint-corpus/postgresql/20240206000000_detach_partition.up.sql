CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);
ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY; -- expect: concurrently-in-transaction
ALTER TABLE events DETACH PARTITION events_2021;
