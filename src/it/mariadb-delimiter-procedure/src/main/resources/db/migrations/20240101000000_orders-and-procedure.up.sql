CREATE TABLE orders (id int PRIMARY KEY, total decimal(10, 2) NOT NULL);

-- The mysql client's way to write a body with ; inside it.
DELIMITER //
CREATE PROCEDURE add_order(IN p_id int, IN p_total decimal(10, 2))
BEGIN
  INSERT INTO orders (id, total) VALUES (p_id, p_total);
  UPDATE orders SET total = total * 2 WHERE id = p_id;
END //
DELIMITER ;

CALL add_order(1, 10.00);
