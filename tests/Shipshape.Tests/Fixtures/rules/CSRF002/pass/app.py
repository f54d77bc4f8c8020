from flask import Blueprint, Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)
api_bp = Blueprint('api', __name__, url_prefix='/api')
app.register_blueprint(api_bp)


@app.route('/unlock', methods=['POST'])
def unlock():
    return 'ok'
