// The build failed on the DROP COLUMN, named as compilers name a place; the allowed DROP TABLE passed.
def log = new File(basedir, 'build.log').text
def dir = 'src/main/resources/db/migrations/'
assert log.contains(':lint (default) @ lint-in-verify') : 'bound to the validate phase'
assert log.contains("[ERROR] ${dir}20240102000000_drop-email.up.sql:3: drop-column: DROP COLUMN users.email: dropping a column loses its data")
assert log.contains("[ERROR] ${dir}20240103000000_drop-sessions.up.sql:3: dml-without-where: ") : '-Ddbmigrate.lintRules'
assert !log.contains('is not a property of any dbmigrate goal')
assert log.contains("[INFO] ${dir}20240103000000_drop-sessions.up.sql:2: drop-table: ")
assert log.contains('(allowed: sessions moved to Redis in 2.1, nothing reads the table since)')
assert log.contains("2 unsafe change(s) found by PostgreSQL's lint in 3 migration(s) read")
assert log.contains('-Ddbmigrate.lint=warn')
assert log.contains('BUILD FAILURE')

// GitHub Actions reads a workflow command only at the start of a line.
def lines = log.readLines()
assert lines.any { it.startsWith("::error file=${dir}20240102000000_drop-email.up.sql,line=3,title=drop-column::DROP COLUMN users.email: ") }
assert lines.any { it.startsWith("::error file=${dir}20240103000000_drop-sessions.up.sql,line=3,title=dml-without-where::") }
assert !lines.any { it.startsWith('::') && it.contains('drop-table') } : 'an allowed finding is no annotation'

def report = new File(basedir, 'target/dbmigrate/lint/report.json').text
assert report.contains('"goal": "lint"')
assert report.contains('"rule": "drop-table", "level": "error"')
assert report.contains('"allowed": "sessions moved to Redis in 2.1, nothing reads the table since"')
assert report.contains('"rule": "drop-column"')
return true
