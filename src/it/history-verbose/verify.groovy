// history lists every version newest first with what its row records, and a range limits it.
def log = new File(basedir, 'build.log').text
def lines = log.readLines().collect { it.replaceFirst(/^\[INFO\] /, '') }

def header = lines.find { it.startsWith('VERSION') }
assert header =~ /^VERSION +STATE +RECORDED +APPLIED AT +TOOK +BY +ENVIRONMENT +CHECKSUM +NAME$/ : header
// before up: two pending, the first marked (no time taken), newest first
def before = lines.findIndexOf { it.startsWith('VERSION') }
assert lines[before + 1] =~ /^20240103000000 +pending +seed-items$/ : lines[before + 1]
assert lines[before + 2] =~ /^20240102000000 +pending +add-name$/ : lines[before + 2]
assert lines[before + 3] =~ /^20240101000000 +applied +marked +\d{4}-\d\d-\d\dT\S+Z +- +\S+ +\? +ok +create-items$/ : lines[before + 3]
assert log.contains('3 version(s): 1 recorded (1 marked), 2 pending.')

// after up, from the second version on: only the two that ran
def after = lines.findLastIndexOf { it.startsWith('VERSION') }
assert lines[after + 1] =~ /^20240103000000 +applied +ran +\S+Z +\d+ ms +\S+ +\? +ok +seed-items$/ : lines[after + 1]
assert lines[after + 2] =~ /^20240102000000 +applied +ran .* add-name$/ : lines[after + 2]
assert !lines[after + 3].startsWith('20240101000000')
assert log.contains('2 version(s) from 20240102000000 to the newest: 2 recorded (2 ran).')
assert !(log =~ /\tat io\.github\.dbmigrate\./) : 'no stack trace at the default log level'

def json = new File(basedir, 'target/dbmigrate/history.json').text
assert json.contains('"from": "20240102000000"')
assert json =~ /"version": "20240103000000", "name": "seed-items", "state": "applied", "recorded": "ran", "appliedAt": "[^"]+Z", "executionMs": \d+/
assert !json.contains('"20240101000000"')
def first = new File(basedir, 'target/dbmigrate/before/history.json').text
assert first.contains('"version": "20240101000000", "name": "create-items", "state": "applied", "recorded": "marked"')
assert first.contains('"executionMs": null')
assert first.contains('"state": "pending", "recorded": null')
return true
