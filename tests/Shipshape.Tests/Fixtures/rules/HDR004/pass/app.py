from flask import Flask

app = Flask(__name__)


@app.after_request
def headers(response):
    response.headers['X-XSS-Protection'] = '0'
    return response
