// down to base and down by more steps than applied roll everything back.
def log = new File(basedir, 'build.log').text

assert log.count('Rolled back 3 migration(s) in ') == 2 : 'down to base, then down by 999 steps'
def order = ['20240103000000_create-invoices.down.sql', '20240102000000_create-orders.down.sql',
             '20240101000000_create-users.down.sql'].collect { log.indexOf('Rolled back ' + it) }
assert order.every { it >= 0 } && order == order.sort(false) : "newest first: ${order}"
assert log.contains('0 applied, 3 pending, 0 applied with no file.')
assert log.contains('dbmigrate.steps=999, but only 3 applied: rolling back all 3.')

def report = new File(basedir, 'target/dbmigrate/report.json').text
assert report.contains('"goal": "down"')
assert report.contains('"outcome": "success"')
assert report.count('"direction": "down"') == 3
return true
