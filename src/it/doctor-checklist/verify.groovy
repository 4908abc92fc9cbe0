// doctor passes on a ready database and fails for a user who may only read, each failed line with its fix.
def log = new File(basedir, 'build.log').text
assert log.contains('Checking what a run against jdbc:h2:file:')
assert log.contains('[ok  ] URL and driver: H2 URL jdbc:h2:file:')
assert log.contains('[ok  ] history table: absent: the first run creates PUBLIC.dbmigrate_versions')
assert log.contains('[ok  ] migration files: 2 migration(s), valid by H2\'s rules, 2 pending')
assert log.contains('doctor: 8 passed: ready for dbmigrate:up.')
assert log.contains('[ok  ] history table: ours: 2 version(s) recorded, newest 20240102000000')
assert log.contains('[FAIL] write history: refused on PUBLIC.dbmigrate_versions: INSERT (')
assert log.contains('Fix: GRANT INSERT, DELETE ON "PUBLIC"."DBMIGRATE_VERSIONS" TO READER')
assert log.contains('[WARNING]   [warn] create tables: user READER may not create tables in schema PUBLIC')
assert log.contains('A run against jdbc:h2:file:')
assert log.contains('BUILD FAILURE')
assert !log.contains('Reader-Pw-42') : 'the password never shows'
assert !(log =~ /\tat io\.github\.dbmigrate\./) : 'no stack trace at the default log level'

def checklist = new File(basedir, 'target/dbmigrate/doctor.json').text
assert checklist.contains('"passed": false')
assert checklist.contains('"check": "write history", "outcome": "failed"')
assert !checklist.contains('Reader-Pw-42')
return true
