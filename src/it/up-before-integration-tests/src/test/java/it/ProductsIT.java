package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class ProductsIT {

  @Test
  void theDatabaseIsMigratedBeforeIntegrationTestsRun() throws Exception {
    try (Connection c = DriverManager.getConnection(System.getProperty("db.url"));
        ResultSet rs = c.createStatement().executeQuery("SELECT title FROM products ORDER BY id")) {
      rs.next();
      assertEquals("kettle", rs.getString(1));
      rs.next();
      assertEquals("teapot", rs.getString(1));
    }
  }
}
