// Outside any project the files go under the current directory, not into a folder named ${project.basedir}.
def outside = new File(basedir, 'outside')
def written = new File(outside, 'src/main/resources/db/migrations').listFiles()
assert written != null && written*.name.findAll { it ==~ /\d{14}_add-users\.(up|down)\.sql/ }.size() == 2 : written
assert !new File(outside, '${project.basedir}').exists()
return true
