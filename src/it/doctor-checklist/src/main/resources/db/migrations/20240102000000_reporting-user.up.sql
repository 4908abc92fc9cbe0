CREATE USER IF NOT EXISTS reader PASSWORD 'Reader-Pw-42';
GRANT SELECT ON items, dbmigrate_versions TO reader;
