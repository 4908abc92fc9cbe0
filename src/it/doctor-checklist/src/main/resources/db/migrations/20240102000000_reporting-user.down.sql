DROP USER reader;
