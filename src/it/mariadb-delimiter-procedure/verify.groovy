// The procedure was created whole and works; the database is dropped whatever happens.
def log = new File(basedir, 'build.log').text
def url = mariadbUrl.replaceFirst(/^(jdbc:(?:mariadb|mysql):\/\/[^\/?]+)(\/[^?]*)?/, '$1/dbm_it_delimiter')
def c = new org.mariadb.jdbc.Driver().connect(url, new Properties())
try {
  assert log.contains('Applied 20240101000000_orders-and-procedure.up.sql in ')
  assert log.contains('Applied 1 migration(s) in ')
  assert log.contains('MySQL/MariaDB commits DDL implicitly')
  assert !log.contains('[WARNING] Error: ') : 'no driver warning about the history table not created yet'

  c.createStatement().execute('CALL add_order(2, 5.50)')
  def rs = c.createStatement().executeQuery('SELECT id, total FROM orders ORDER BY id')
  def rows = []
  while (rs.next()) {
    rows << "${rs.getInt(1)}=${rs.getBigDecimal(2)}"
  }
  assert rows == ['1=20.00', '2=11.00'] : "both calls ran the procedure's two statements: ${rows}"

  rs = c.createStatement().executeQuery('SELECT version, name FROM dbmigrate_versions')
  assert rs.next() && rs.getString(1) == '20240101000000' && rs.getString(2) == 'orders-and-procedure'
  assert !rs.next()
} finally {
  c.createStatement().execute('DROP DATABASE IF EXISTS dbm_it_delimiter')
  c.close()
}
return true
