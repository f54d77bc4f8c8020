from flask import Flask
from flask_talisman import Talisman

CSP = {
    'default-src': "'self'",
    'script-src': ["'self'", 'https://www.googletagmanager.com'],
}

app = Flask(__name__)
Talisman(app, content_security_policy=CSP, content_security_policy_nonce_in=['script-src'])
