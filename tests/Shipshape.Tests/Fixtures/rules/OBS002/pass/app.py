import logging.config
import os

from flask import Flask

logging.config.dictConfig({
    "version": 1,
    "handlers": {"stdout": {"class": "logging.StreamHandler"}},
    "root": {"level": os.getenv("LOG_LEVEL", "INFO"), "handlers": ["stdout"]},
})
app = Flask(__name__)
