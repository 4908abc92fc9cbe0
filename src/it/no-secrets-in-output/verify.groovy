// Every password invoker.properties gives the plugin; none may appear in this IT's build log (all five
// invocations) or in any file the plugin wrote under target/dbmigrate (status.json, report.json,
// report.md, dry-run.sql). The IT makes its own output, so it depends on no other IT nor on running last.
def secrets = ['s3cret!pw', 'url-secret-77', 'wrong-secret-88', 'pg-secret-55']
def log = new File(basedir, 'build.log')
def text = log.text

// Each invocation did what it was meant to, so the scan below reads real output.
assert text.contains('[DEBUG]') : 'invocation 1 runs with -X'
assert text.contains('Applied 20240101000000_create-secrets.up.sql') : 'invocation 1 (serverId)'
assert text.contains('20240101000000_fails.up.sql line 2') : 'invocation 2 (password on the command line)'
assert text.contains('refused the credentials') : 'invocation 3 (wrong password in the URL)'
assert text.contains('0 applied, 1 pending') : 'invocation 4 (DATABASE_URL)'

def outputs = []
new File(basedir, 'target/dbmigrate').eachFileRecurse(groovy.io.FileType.FILES) { outputs << it }
assert outputs.any { it.name == 'report.json' } && outputs.any { it.name == 'dry-run.sql' }
assert new File(basedir, 'target/dbmigrate/1/report.json').isFile() : 'invocation 1 wrote its report'
assert new File(basedir, 'target/dbmigrate/5/dry-run.sql').isFile() : 'invocation 5 wrote its dry run'

def leaks = []
for (file in [log] + outputs) {
  def content = file.text
  secrets.each { if (content.contains(it)) leaks << "${file}: ${it}" }
}
assert leaks.isEmpty() : "passwords in output: ${leaks}"
return true
