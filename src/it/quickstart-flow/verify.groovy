// The whole quickstart flow through real Maven invocations.
def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/db/migrations')
def created = migrations.listFiles().findAll { it.name.endsWith("_add-users-e-mail-index.up.sql") }
assert created.size() == 1 : "create wrote one up script: ${migrations.list()}"
assert new File(migrations, created[0].name.replace('.up.sql', '.down.sql')).exists()
assert created[0].name ==~ /\d{14}_add-users-e-mail-index\.up\.sql/

assert log.contains('Applied 20240101000000_create-users.up.sql in ')
assert log.contains("Applied ${created[0].name} in ")
assert log.contains('Applied 2 migration(s) in ')
assert log =~ /20240101000000\s+create-users\s+applied/
assert log.contains('2 applied, 0 pending, 0 applied with no file.')
assert log.contains('Rolled back 20240101000000_create-users.down.sql in ')
assert log.contains('Rolled back 2 migration(s) in ')
// progress: the count first, then a line before each script, naming it and its position
def first = '20240101000000_create-users'
assert log.contains('[INFO] 2 migration(s) pending')
assert log.indexOf("[INFO] Migrating ${first}.up.sql (1/2)") < log.indexOf("Applied ${first}.up.sql in ")
assert log.contains("[INFO] Migrating ${created[0].name} (2/2)")
assert log.contains('[INFO] 2 migration(s) to roll back')
assert log.contains("[INFO] Rolling back ${created[0].name.replace('.up.sql', '.down.sql')} (1/2)")
assert log.contains("[INFO] Rolling back ${first}.down.sql (2/2)")
// txnMode=all: no "Applied" for a file whose transaction may still roll back; the commit confirms
assert log.contains("[INFO] Ran ${first}.up.sql in ") && log =~ /Ran ${first}\.up\.sql in [^\n]+ \(uncommitted\)/
assert log.indexOf("Ran ${created[0].name} in ") < log.indexOf('[INFO] Committed 2 migration(s).')
assert log.count("Applied ${first}.up.sql in ") == 1 : 'only the per-file run says Applied'
assert log.contains('Skipping dbmigrate:status because dbmigrate.skip is true.')

def json = new File(basedir, 'target/dbmigrate/status.json').text
assert json.contains('"applied": 2')
assert json.contains('"name": "create-users", "state": "applied"')
return true
