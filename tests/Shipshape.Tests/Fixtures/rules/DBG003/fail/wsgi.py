from flask import Flask as F

app = F(__name__)
app.run(host='0.0.0.0')  # expect: DBG003
