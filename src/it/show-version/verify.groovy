// show prints a version's files, state and statements with their lines, offline and connected.
def log = new File(basedir, 'build.log').text
def lines = log.readLines().collect { it.replaceFirst(/^\[(INFO|WARNING|ERROR)\] /, '') }

// 1: no database: the files, split as PostgreSQL's client splits them (the default), state unknown
assert lines.contains('Version 20240101000000 create-items')
assert lines.contains('  state:     not connected: no database is configured, so nothing recorded was read')
assert lines.any { it ==~ /  up: +src.main.resources.db.migrations.20240101000000_create-items\.up\.sql/ }
assert lines.any { it.startsWith('Up script as PostgreSQL\'s client splits it (no database configured: set dbmigrate.dialect') && it.endsWith(': 2 statement(s)') }
def first = lines.indexOf('  statement 1, line 2:')
assert first > 0 : 'the comment on line 1 is no statement'
assert lines[first + 1] == '    CREATE TABLE items ('
assert lines[first + 2] == '      id int PRIMARY KEY,'
assert lines.contains('  statement 2, line 7:')
assert lines.contains("    INSERT INTO items VALUES (1, 'a; b')")
assert lines.any { it.startsWith('Down script as PostgreSQL') && it.endsWith(': 1 statement(s)') }

// 3: with the database: state, how it was recorded, the row, and the .no-db-txn. marker
assert lines.contains('  state:     applied (ran)')
assert lines.any { it ==~ /  recorded:  applied at \S+Z, took \d+ ms, by \S+, environment \?/ }
assert lines.any { it.startsWith('  checksum:  ok (recorded sha256-lf:') }
assert lines.contains('  down:      none: dbmigrate:down cannot roll this version back')
assert lines.any { it.startsWith('Up script as H2\'s client splits it: 1 statement(s), run outside a transaction (.no-db-txn.)') }

// 4: an unknown version names its neighbours
assert log.contains('No migration file and no recorded row has version 20240101120000. Nearest: 20240101000000 (before), 20240102000000 (after).')
assert !(log =~ /\tat io\.github\.dbmigrate\./) : 'no stack trace at the default log level'
return true
