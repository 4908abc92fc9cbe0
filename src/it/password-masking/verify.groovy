def log = new File(basedir, 'build.log').text
assert log.contains('20240101000000_fails.up.sql line 2')
assert log.contains('refused the credentials')
assert log.contains('0 applied, 1 pending')
assert new File(basedir, 'target/dbmigrate/dry-run.sql').exists()
for (secret in ['url-secret-77', 'wrong-secret-88', 'pg-secret-55']) {
  assert !log.contains(secret) : "${secret} appears in the output"
}
return true
