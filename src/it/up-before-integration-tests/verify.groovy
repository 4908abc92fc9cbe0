def log = new File(basedir, 'build.log').text
def up = log.indexOf(':up (default) @ up-before-integration-tests')
// Maven 3.9 logs 'failsafe:3.5.4:integration-test', 3.8 'maven-failsafe-plugin:3.5.4:integration-test'
def failsafe = log.indexOf(':3.5.4:integration-test (default) @ up-before-integration-tests')
assert up > 0 : 'up ran in the build'
assert failsafe > up : 'up ran before the integration tests'
assert log.contains('Applied 2 migration(s)')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
return true
