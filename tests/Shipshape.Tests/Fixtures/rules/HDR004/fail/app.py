from flask import Flask

app = Flask(__name__)


@app.after_request
def headers(response):
    response.headers['X-XSS-Protection'] = '1; mode=block'  # expect: HDR004
    return response
