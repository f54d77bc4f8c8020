import os

from flask import Flask

app = Flask(__name__)
app.config['SECRET_KEY'] = os.getenv('SECRET_KEY', 'dev-key-please-change-in-production')  # expect: SEC001
app.config.from_object('config.ProductionConfig')
