from flask import Flask

app = Flask(__name__)  # expect: HDR001


@app.after_request
def add_headers(response):
    response.headers['X-Request-Id'] = 'abc'
    return response
