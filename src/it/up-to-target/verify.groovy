// up with a target applies only the oldest pending versions, and says what stays pending.
def log = new File(basedir, 'build.log').text

assert log.contains('Applying 2 of 3 pending version(s), up to and including dbmigrate.to=20240102000000; 1 stay pending, from 20240103000000 on.')
assert log.contains('Applied 20240101000000_create-users.up.sql in ')
assert log.contains('Applied 20240102000000_create-orders.up.sql in ')
assert log.contains('Applied 2 migration(s) in ')

assert log.contains('dbmigrate.to=20240102120000 is not the version of a migration file; the nearest are 20240102000000 (before) and 20240103000000 (after)')
assert log.contains('dbmigrate.steps=1 and dbmigrate.to=20240103000000 were both given; give one')
assert log =~ /20240103000000\s+create-invoices\s+pending/
assert log.contains('2 applied, 1 pending, 0 applied with no file.')

assert log.contains('Applied 20240103000000_create-invoices.up.sql in ')
assert log.contains('Applied 1 migration(s) in ')
assert !log.contains('but only 1 pending') : 'steps equal to the pending count needs no remark'
assert log.count('Applied 20240103000000_create-invoices.up.sql') == 1 : 'the third version ran once, in the last run only'

def report = new File(basedir, 'target/dbmigrate/report.json').text
assert report.contains('"outcome": "success"')
assert report.contains('"version": "20240103000000"')
assert !report.contains('"version": "20240101000000"') : 'the last run applied only the third version'
return true
