from flask import Flask

from config import Config

app = Flask(__name__)  # expect: DEP004
app.config.from_object(Config)
