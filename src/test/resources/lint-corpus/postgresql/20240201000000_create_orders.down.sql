-- a down script is judged only by the rules that predict a failure at run time
DROP INDEX orders_status_idx;
DROP MATERIALIZED VIEW order_totals;
DROP TABLE orders, customers;
