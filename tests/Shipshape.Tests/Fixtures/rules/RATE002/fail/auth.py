from flask import Blueprint
from flask_login import login_required

auth_bp = Blueprint('auth', __name__)


@auth_bp.route('/login', methods=['GET', 'POST'])
def login():  # expect: RATE002
    return 'form'


@auth_bp.route('/account/password', methods=['POST'])
@login_required
def change_password():
    return 'changed'
