import os

from flask import Flask

from config import configs

app = Flask(__name__)
app.config.from_object(configs[os.getenv('APP_ENV', 'production')])
