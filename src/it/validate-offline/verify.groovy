// validate stops the build on a malformed file name without any database.
def log = new File(basedir, 'build.log').text
assert log.contains(':validate (default) @ validate-offline') : 'bound to the validate phase'
assert log.contains('Malformed migration files:')
assert !log.contains('nothing was run') : 'validate runs nothing in any case'
assert log.contains('2024010200000_add-name.up.sql: the version must be exactly 14 digits (UTC yyyyMMddHHmmss), found 13')
assert log.contains('BUILD FAILURE')
assert !log.contains('No database URL')
def report = new File(basedir, 'target/dbmigrate/validate/report.json').text
assert report.contains('"database": null') : 'no database was configured or touched'
assert report.contains('"kind": "malformedFiles"')
return true
