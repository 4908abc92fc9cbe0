-- Tables as the first release made them; a mysqldump-style executable comment is SQL the server runs.
CREATE TABLE /*!32312 IF NOT EXISTS*/ `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(50) NOT NULL,
  `name` varchar(40) CHARACTER SET latin1,
  `bio` varchar(300),
  `status` enum('active','blocked'),
  `age` int(11),
  `score` int,
  `rank` smallint,
  `note` varchar(20),
  `visits` int(10) unsigned,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total decimal(10,2), code char(8), KEY idx_user (user_id))
  DEFAULT CHARSET=latin1;
CREATE TABLE scratch (id int, label varchar(10));
-- a table made earlier in the same file is new: no rule about existing tables applies to it
ALTER TABLE scratch MODIFY label varchar(500) NOT NULL, ALGORITHM=COPY, LOCK=EXCLUSIVE;
ALTER TABLE scratch ADD COLUMN flag int NOT NULL, CHANGE label title text, RENAME TO scratch2;
UPDATE scratch2 SET flag = 1;
TRUNCATE scratch2;
DROP TABLE scratch2;
