from flask import Flask

from extensions import limiter

app = Flask(__name__)
app.config['RATELIMIT_STORAGE_URI'] = 'memory://'  # expect: RATE003
limiter.init_app(app)
