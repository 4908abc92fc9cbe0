CREATE TABLE users (
  id NUMBER(19) PRIMARY KEY,
  email VARCHAR2(100),
  name VARCHAR2(50 BYTE),
  code CHAR(4),
  score NUMBER(10,2),
  born DATE
);
CREATE TABLE orders (id NUMBER(19), user_id NUMBER(19), note VARCHAR2(200), status VARCHAR2(10));
CREATE TABLE audit_log (id NUMBER(19), msg VARCHAR2(4000));
CREATE TABLE old_orders (id NUMBER(19));
