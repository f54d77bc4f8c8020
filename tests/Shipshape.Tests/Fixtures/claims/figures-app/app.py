from flask import Flask

from config import Config
from logging_config import configure_logging

app = Flask(__name__)
app.config.from_object(Config)
configure_logging()
