-- dbmigrate:allow drop-table: sessions moved to Redis in 2.1, nothing reads the table since
DROP TABLE sessions;
UPDATE users SET nick = lower(nick);
