CREATE TABLE ok (id INT);
SELECT * FROM missing_table_url_secret_77;
