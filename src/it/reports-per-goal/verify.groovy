// README's pattern in one build: up (pre-integration-test), a second up with an id of its own
// (integration-test), verify (verify). Every run keeps its report; the summary lists them in order.
def dir = new File(basedir, 'target/dbmigrate')
def read = { name -> new File(dir, name).getText('UTF-8') }

def up = read('up/report.json')
assert up.contains('"format": 1')
assert up =~ /"toolVersion": "\d/ : 'the plugin version, from its descriptor'
assert up.contains('"databaseProduct": "H2"') && up =~ /"databaseVersion": "2\./
assert up.contains('"goal": "up"') && up.contains('"execution": "default"')
assert up.contains('"version": "20240101000000"') && up.contains('"version": "20240102000000"') : 'what up applied survives the build'
assert read('up/report.md').startsWith('### dbmigrate up: success')

def again = read('up-again/report.json')
assert again.contains('"execution": "again"') && !again.contains('"version": "2024')
assert read('verify-check/report.json').contains('"goal": "verify"')
assert read('report.json') == read('verify-check/report.json') : 'report.json stays the latest run'

def summary = read('summary.json')
def order = ['up/report.json', 'up-again/report.json', 'verify-check/report.json'].collect { summary.indexOf("\"report\": \"$it\"") }
assert order[0] > 0 && order[0] < order[1] && order[1] < order[2] : summary
assert summary.count('"outcome": "success"') == 3
def md = read('summary.md')
assert md.contains('[up/report.md](up/report.md)') && md.contains('[verify-check/report.md](verify-check/report.md)')

def step = new File(basedir, 'step-summary.md').getText('UTF-8')
assert step.indexOf('### dbmigrate up: success') < step.indexOf('### dbmigrate up (execution again): success')
assert step.indexOf('### dbmigrate up (execution again)') < step.indexOf('### dbmigrate verify (execution check): success')
return true
