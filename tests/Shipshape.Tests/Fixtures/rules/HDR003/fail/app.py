from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)  # expect: HDR003
Talisman(app, force_https=False, strict_transport_security=False)
