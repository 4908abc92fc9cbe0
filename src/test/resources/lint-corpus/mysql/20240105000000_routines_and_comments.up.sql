-- The bodies of procedures and triggers are not DDL this migration runs
DELIMITER //
CREATE PROCEDURE purge_users()
BEGIN
  DELETE FROM users;
  ALTER TABLE users DROP COLUMN tier;
  TRUNCATE TABLE users;
END//
CREATE DEFINER = CURRENT_USER TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW
BEGIN
  UPDATE user_counts SET n = n + 1;
END//
DELIMITER ;
/* ALTER TABLE users DROP COLUMN email; was the first idea */
# DROP TABLE users;
UPDATE users SET bio = 'ALTER TABLE users DROP COLUMN email; DROP TABLE users' WHERE id = 1;
/*!40101 SET @saved_cs_client = @@character_set_client */;
/*!40000 ALTER TABLE `users` DISABLE KEYS */;
-- an executable comment runs on the server, so its SQL is judged
/*!50100 ALTER TABLE users DROP COLUMN seq */; -- expect: drop-column
ALTER TABLE `users` DROP COLUMN `region`; -- expect: drop-column
