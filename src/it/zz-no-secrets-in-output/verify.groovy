// Every password any IT uses; none may appear in any IT's output: build logs and every file the
// plugin wrote under target/dbmigrate (status.json, report.json, report.md, dry-run.sql).
def secrets = ['s3cret!pw', 'url-secret-77', 'wrong-secret-88', 'pg-secret-55']
def projects = basedir.parentFile.listFiles().findAll { it.isDirectory() && it != basedir }
def logs = projects.collect { new File(it, 'build.log') }.findAll { it.exists() }
assert logs.size() >= 5 : "expected the other ITs' logs, found ${logs}"
def outputs = projects.collectMany { p ->
  def dir = new File(p, 'target/dbmigrate')
  dir.isDirectory() ? dir.listFiles().findAll { it.isFile() } : []
}
assert outputs.any { it.name == 'report.json' } && outputs.any { it.name == 'dry-run.sql' }
def leaks = []
for (log in logs + outputs) {
  def text = log.text
  secrets.each { if (text.contains(it)) leaks << "${log}: ${it}" }
}
assert leaks.isEmpty() : "passwords in output: ${leaks}"
return true
