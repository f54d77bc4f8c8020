import flask_cors
from flask import Flask

app = Flask(__name__)
flask_cors.CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)  # expect: CORS001
