// Every password any IT uses; none may appear in any IT's output.
def secrets = ['s3cret!pw', 'url-secret-77', 'wrong-secret-88', 'pg-secret-55']
def logs = basedir.parentFile.listFiles().findAll { it.isDirectory() && it != basedir }
    .collect { new File(it, 'build.log') }.findAll { it.exists() }
assert logs.size() >= 5 : "expected the other ITs' logs, found ${logs}"
def leaks = []
for (log in logs) {
  def text = log.text
  secrets.each { if (text.contains(it)) leaks << "${log}: ${it}" }
}
assert leaks.isEmpty() : "passwords in output: ${leaks}"
return true
