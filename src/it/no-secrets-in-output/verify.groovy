// Every password invoker.properties and setup.groovy give the plugin; none may appear in this IT's build
// log (every invocation, several with -X) or in any file the plugin wrote under target/dbmigrate
// (status.json, report.json, report.md, dry-run.sql), neither as written nor percent-encoded. The IT
// makes its own output, so it depends on no other IT nor on running last.
def hostile = ['H2@:/%;\'"?#&=,)({} \\\u00fc\u5bc6-x1', 'Ma@:/%;\'"?#&=,)({} \\\u00fc\u5bc6-x2',
               'Pg@:/%;\'"?#&=,)({} \u00fc-x3', 'Pg@:/;\'"?#&=,)({}-x4', 'Pg;x5,66) y']
def secrets = ['s3cret!pw', 'url-secret-77', 'wrong-secret-88', 'pg-secret-55'] + hostile +
    hostile.collect { URLEncoder.encode(it, 'UTF-8').replace('+', '%20') } +
    ['x5,66', '66) y'] // the tail that masking once left after a ';'
def log = new File(basedir, 'build.log')
def text = log.getText('UTF-8')

try {
  // Each invocation did what it was meant to, so the scan below reads real output.
  assert text.contains('[DEBUG]') : 'invocation 1 runs with -X'
  assert text.contains('Applied 20240101000000_create-secrets.up.sql') : 'invocations 1 and 6 (serverId, hostile -D)'
  assert text.contains('20240101000000_fails.up.sql line 2') : 'invocation 2 (password on the command line)'
  assert text.contains('refused the credentials') : 'invocation 3 (wrong password in the URL)'
  assert text.contains('0 applied, 1 pending') : 'invocations 4 and 9 (DATABASE_URL)'
  assert text.contains('1 applied, 0 pending') : 'invocation 7 (hostile <server>)'
  assert text.contains('20240101000000_syntax-error.up.sql line 2') : 'invocation 8 (MariaDB)'
  assert !text.contains('[WARNING] Error: ') : "invocation 8: the MariaDB driver's own log stays out"
  assert text.contains('No JDBC driver accepts the URL jdbc:postgresql://127.0.0.1:5432/post/gres?user=postgres&password=****')
  assert !text.contains('too many / characters') : "invocation 11: the PostgreSQL driver's own warning stays out"

  def outputs = []
  new File(basedir, 'target/dbmigrate').eachFileRecurse(groovy.io.FileType.FILES) { outputs << it }
  assert outputs.any { it.name == 'report.json' } && outputs.any { it.name == 'dry-run.sql' }
  assert new File(basedir, 'target/dbmigrate/1/report.json').isFile() : 'invocation 1 wrote its report'
  assert new File(basedir, 'target/dbmigrate/5/dry-run.sql').isFile() : 'invocation 5 wrote its dry run'
  assert new File(basedir, 'target/dbmigrate/10/dry-run.sql').isFile() : 'invocation 10 wrote its dry run'
  assert new File(basedir, 'target/dbmigrate/8/report.json').getText('UTF-8').contains('syntax-error')

  def leaks = []
  for (file in [log] + outputs) {
    def content = file.getText('UTF-8')
    secrets.each { if (content.contains(it)) leaks << "${file}: ${it}" }
  }
  assert leaks.isEmpty() : "passwords in output: ${leaks}"
} finally {
  def admin = new org.mariadb.jdbc.Driver().connect(mariadbUrl, new Properties())
  try {
    admin.createStatement().execute("DROP USER IF EXISTS 'dbm_it_secret'@'%'")
    admin.createStatement().execute('DROP DATABASE IF EXISTS dbm_it_secrets')
  } finally {
    admin.close()
  }
}
return true
