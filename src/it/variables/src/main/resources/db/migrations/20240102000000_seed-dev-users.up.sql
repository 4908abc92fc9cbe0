-- Seed rows for development databases only: mvn dbmigrate:up -Ddbmigrate.variables=dev_data=true
INSERT INTO users (name) SELECT 'alice' WHERE @dbmigrate_dev_data = 'true';
INSERT INTO seen (label, val) SELECT 'region', @dbmigrate_region;
INSERT INTO seen (label, val) SELECT 'token', @dbmigrate_api_token;
