def log = new File(basedir, 'build.log').text
assert log.contains('20240102000000_broken.up.sql line 4: ')
assert log.contains('ORDRES')
assert log.toLowerCase().contains('fix the file and run dbmigrate:up again.')
assert log.contains('BUILD FAILURE')
assert !(log =~ /\tat io\.github\.dbmigrate\./) : 'no stack trace at the default log level'
return true
