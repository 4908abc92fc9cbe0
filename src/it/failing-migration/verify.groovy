def log = new File(basedir, 'build.log').text
assert log.contains('20240102000000_broken.up.sql line 4: ')
assert log.contains('ORDRES')
assert log.toLowerCase().contains('fix the file and run dbmigrate:up again.')
assert log.contains('BUILD FAILURE')
assert !(log =~ /\tat io\.github\.dbmigrate\./) : 'no stack trace at the default log level'
// the report says the same in fields a pipeline reads without parsing the message
def report = new File(basedir, 'target/dbmigrate/up/report.json').getText('UTF-8')
assert report.contains('"outcome": "failure"') && report.contains('"kind": "statementFailed"')
assert report =~ /"file": "[^"]*20240102000000_broken\.up\.sql", "line": 4, "sqlState": "42S02"/
assert new File(basedir, 'target/dbmigrate/summary.json').getText('UTF-8').contains('"outcome": "failure"')
return true
