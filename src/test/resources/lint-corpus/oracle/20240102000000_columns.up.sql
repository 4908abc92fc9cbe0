ALTER TABLE users ADD (nickname VARCHAR2(30), active NUMBER(1) DEFAULT 1 NOT NULL);
ALTER TABLE users ADD legacy_flag CHAR(1);
-- widening a VARCHAR2, BYTE to CHAR semantics, a NUMBER's precision: the dictionary only
ALTER TABLE users MODIFY (email VARCHAR2(200));
ALTER TABLE users MODIFY name VARCHAR2(80 CHAR);
ALTER TABLE users MODIFY (score NUMBER(12,2), nickname VARCHAR2(60));
ALTER TABLE users MODIFY (email NOT NULL);
ALTER TABLE users MODIFY (email CONSTRAINT users_email_nn NOT NULL);
ALTER TABLE users ADD (CONSTRAINT users_email_uk UNIQUE (email), CONSTRAINT users_score_ck CHECK (score >= 0));
ALTER TABLE users MODIFY email DEFAULT 'none';
ALTER TABLE users MODIFY CONSTRAINT users_pk DISABLE;
-- column options that name no type: encryption and annotations
ALTER TABLE users MODIFY (email ENCRYPT USING 'AES256');
ALTER TABLE users MODIFY email DECRYPT;
ALTER TABLE users MODIFY email ANNOTATIONS (Display 'Email address');
ALTER TABLE users MODIFY email VARCHAR2(150); -- expect: column-type-change
ALTER TABLE users MODIFY name VARCHAR2(80 BYTE); -- expect: column-type-change
ALTER TABLE users MODIFY (score NUMBER(12,4)); -- expect: column-type-change
ALTER TABLE users MODIFY (code CHAR(8)); -- expect: column-type-change
ALTER TABLE users MODIFY (born TIMESTAMP); -- expect: column-type-change
ALTER TABLE users MODIFY (nickname VARCHAR2(100), -- expect: column-type-change
  legacy_flag NUMBER(1));
ALTER TABLE customers MODIFY (city VARCHAR2(100)); -- expect: column-type-change
