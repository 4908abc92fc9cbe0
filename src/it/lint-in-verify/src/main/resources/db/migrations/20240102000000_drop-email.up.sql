-- The email moved to accounts in release 2.3.

ALTER TABLE users DROP COLUMN email;
