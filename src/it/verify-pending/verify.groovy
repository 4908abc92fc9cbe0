// verify fails while a version is pending, naming it, and passes once up has applied it.
def log = new File(basedir, 'build.log').text
assert log.contains('is not where this build expects it (0 applied, 1 pending, 0 applied with no file)')
assert log.contains('pending: 20240101000000 create-items is not applied')
assert log.contains('BUILD FAILURE')
assert log.contains('Applied 20240101000000_create-items.up.sql in ')
assert log.contains('The database matches the migrations: 1 applied, 0 pending, 0 applied with no file.')
assert log.contains('BUILD SUCCESS')
assert !(log =~ /\tat io\.github\.dbmigrate\./) : 'no stack trace at the default log level'

def report = new File(basedir, 'target/dbmigrate/report.json').text
assert report.contains('"goal": "verify"')
assert report.contains('"outcome": "success"')
assert new File(basedir, 'target/dbmigrate/report.md').text.startsWith('### dbmigrate verify: success')

// GITHUB_STEP_SUMMARY collects every goal's Markdown, failures included.
def summary = new File(basedir, 'step-summary.md').text
def failed = summary.indexOf('### dbmigrate verify: **failed**')
def up = summary.indexOf('### dbmigrate up: success')
def passed = summary.indexOf('### dbmigrate verify: success')
assert failed >= 0 && up > failed && passed > up : summary
return true
