from flask import Blueprint as B
from flask_login import login_required

from flaskapp.extensions import limiter

auth_bp = B('auth', __name__, url_prefix='/account')


@auth_bp.route('/login', methods=['GET', 'POST'])
@limiter.limit('10 per minute')
def login():
    return 'form'


@auth_bp.post('/settings')
@login_required
def settings():
    return 'saved'
