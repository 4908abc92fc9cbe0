// A password that cannot be decrypted is a sentence naming the server and the settings-security file
// actually used, not the cipher's exception.
def log = new File(basedir, 'build.log').text
def security = new File(basedir, 'settings-security.xml').canonicalPath
assert log.contains("Cannot decrypt the password of server 'secure-h2' with the settings-security file ${security}:"
    + ' its master password does not decrypt the encrypted value.')
assert !log.contains('PlexusCipherException') && !log.contains('NegativeArraySizeException')
assert !log.contains('Applied ') : 'nothing ran'
return true
