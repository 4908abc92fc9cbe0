// up refused with the path:line: line and changed nothing: no history table, the legacy table kept.
def log = new File(basedir, 'build.log').text
def dir = 'src/main/resources/db/migrations/'
assert log.contains('dbmigrate:up refuses 1 unsafe change(s) in the migrations it would run; nothing was run:')
assert log.contains("  - ${dir}20240102000000_retire-legacy.up.sql:2: drop-table: DROP TABLE legacy_orders: ")
assert log.contains("-- dbmigrate:allow <rule-id>: <why this is safe here>")
assert !log.contains('Migrating ') : 'nothing ran'

def report = new File(basedir, 'target/dbmigrate/up/report.json').text
assert report.contains('"outcome": "failure"') && report.contains('"kind": "refused"')
assert report.contains('"rule": "drop-table", "level": "error"')
assert log.contains('2 pending') : 'status after the refusal'

def url = pgUrl.replaceFirst(/^(jdbc:postgresql:\/\/[^\/]+\/)[^?]*/, '$1dbm_it_lint')
def c = new org.postgresql.Driver().connect(url, new Properties())
try {
  def tables = []
  def rs = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
  while (rs.next()) {
    tables << rs.getString(1)
  }
  assert tables == ['legacy_orders'] : "the database as setup.groovy left it: ${tables}"
} finally {
  c.close()
  def admin = new org.postgresql.Driver().connect(pgUrl, new Properties())
  admin.createStatement().execute('DROP DATABASE IF EXISTS dbm_it_lint WITH (FORCE)')
  admin.close()
}
return true
