// -Ddbmigrate.dirs=a,b on the command line: one sequence of versions over both directories.
def log = new File(basedir, 'build.log').text

assert new File(basedir, 'target/db.mv.db').isFile() : 'up migrated the database'
// 20240103 (db/schema) inserts a post for the user that 20240102 (db/data) seeds: it ran in between.
def applied = (log =~ /Applied (\d{14}_[a-z-]+)\.up\.sql in /).collect { it[1] }
assert applied == ['20240101000000_create-users', '20240102000000_seed-users', '20240103000000_first-post']
assert log.contains('Now at 20240103000000, 3 versions applied.')
['20240101000000\\s+create-users', '20240102000000\\s+seed-users', '20240103000000\\s+first-post'].each {
  assert log =~ /${it}\s+applied/ : "status lists $it as applied"
}

// The same version in both directories: an error naming both files, before anything runs.
assert log =~ /db\/clash\/20240103000000_add-email\.up\.sql: version 20240103000000 is already used by .*db\/schema\/20240103000000_first-post\.up\.sql/
assert !log.contains('Applied 20240103000000_add-email') : 'the clashing file never ran'
return true
