import os

import sentry_sdk as sentry
from flask import Flask

sentry.init(dsn=os.getenv("SENTRY_DSN"), traces_sample_rate=0.1)
app = Flask(__name__)
