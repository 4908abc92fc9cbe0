-- with foreign_key_checks on, InnoDB adds a foreign key to an existing table only by copying it
ALTER TABLE users ADD COLUMN referrer_id bigint;
ALTER TABLE users ADD CONSTRAINT fk_users_referrer FOREIGN KEY (referrer_id) REFERENCES users (id); -- expect: foreign-key-copy
ALTER TABLE users ADD COLUMN mentor_id bigint, ADD FOREIGN KEY (mentor_id) REFERENCES users (id); -- expect: foreign-key-copy
ALTER TABLE users DROP FOREIGN KEY fk_users_referrer, ADD CONSTRAINT ck_users_referrer CHECK (referrer_id > 0);
-- with the checks off the server adds it in place (asking for INPLACE with LOCK=NONE proves it)
SET foreign_key_checks = 0;
ALTER TABLE users ADD CONSTRAINT fk_users_referrer FOREIGN KEY (referrer_id) REFERENCES users (id),
  ALGORITHM=INPLACE, LOCK=NONE;
SET @@SESSION.foreign_key_checks = 1;
ALTER TABLE users ADD COLUMN coach_id bigint;
ALTER TABLE users ADD CONSTRAINT `fk_users_coach` FOREIGN KEY (coach_id) REFERENCES users (id); -- expect: foreign-key-copy
-- a table made in this file is new
CREATE TABLE refunds (id bigint PRIMARY KEY, user_id bigint);
ALTER TABLE refunds ADD CONSTRAINT fk_refunds_user FOREIGN KEY (user_id) REFERENCES users (id);
