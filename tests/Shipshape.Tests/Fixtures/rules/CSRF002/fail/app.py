from flask import Blueprint, Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)
api_bp = Blueprint('api', __name__, url_prefix='/api')
app.register_blueprint(api_bp)
csrf.exempt(api_bp)  # expect: CSRF002


@app.route('/unlock', methods=['POST'])
@csrf.exempt  # expect: CSRF002
def unlock():
    return 'ok'
