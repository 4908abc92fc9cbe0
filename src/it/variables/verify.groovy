// Variables from the POM and the command line reach the scripts; a secret one shows nowhere.
def log = new File(basedir, 'build.log').text
def secret = 'tok-it-secret-42'

assert log.contains('Variables set for each script: dev_data=false, region=eu (a script reads dev_data as @dbmigrate_dev_data).')
assert log.contains('Variables set for each script: dev_data=true, region=eu, api_token=**** (a script reads dev_data as @dbmigrate_dev_data).')
assert log.contains("Variable name 'Dev-Data' in dbmigrate.variables is not allowed")
assert new File(basedir, 'target/dbmigrate/1/report.json').text.contains('"variables": {"dev_data": "false", "region": "eu"}')
assert new File(basedir, 'target/dbmigrate/3/report.json').text
    .contains('"variables": {"dev_data": "true", "region": "eu", "api_token": "****"}')
def dryRun = new File(basedir, 'target/dbmigrate/5/dry-run.sql').text
assert dryRun.contains("SET @dbmigrate_api_token = '****'")
assert dryRun.contains("SET @dbmigrate_region = 'eu'")

assert !log.contains(secret) : 'a secret variable never appears in the log'
new File(basedir, 'target/dbmigrate').eachFileRecurse { file ->
  if (file.isFile()) {
    assert !file.text.contains(secret) : "a secret variable never appears in ${file}"
  }
}

def c = new org.h2.Driver().connect("jdbc:h2:file:${new File(basedir, 'target/db').absolutePath};IFEXISTS=TRUE", new Properties())
def rows = { String sql ->
  def rs = c.createStatement().executeQuery(sql)
  def values = []
  while (rs.next()) { values << rs.getString(1) }
  values
}
assert rows("SELECT name FROM users") == ['alice'] : 'seed rows only from the run with dev_data=true'
assert rows("SELECT val FROM seen WHERE label = 'region'") == ['eu']
assert rows("SELECT val FROM seen WHERE label = 'token'") == [secret] : 'the script read the value itself'
c.close()
return true
