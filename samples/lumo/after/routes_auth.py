"""Email/password and Google OAuth authentication."""
from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required, login_user, logout_user

from extensions import db, limiter, oauth
from forms import LoginForm, RegistrationForm
from models import User

auth_bp = Blueprint('auth', __name__)


@auth_bp.route('/register', methods=['GET', 'POST'])
@limiter.limit('3 per hour', methods=['POST'])
def register():
    form = RegistrationForm()
    if form.validate_on_submit():
        if User.query.filter((User.email == form.email.data) | (User.username == form.username.data)).first():
            flash('Email or username already taken')
            return render_template('register.html', form=form)
        user = User(email=form.email.data.lower(), username=form.username.data)
        user.set_password(form.password.data)
        db.session.add(user)
        db.session.commit()
        login_user(user)
        return redirect(url_for('main.index'))
    return render_template('register.html', form=form)


@auth_bp.route('/login', methods=['GET', 'POST'])
@limiter.limit('50 per minute', methods=['POST'])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = User.query.filter_by(email=form.email.data.lower()).first()
        if user and user.check_password(form.password.data):
            login_user(user, remember=True)
            current_app.logger.info('login ok user_id=%s', user.id)
            return redirect(_safe_next(request.args.get('next')))
        current_app.logger.warning('login failed from %s', request.remote_addr)
        flash('Invalid email or password')
    return render_template('login.html', form=form)


def _safe_next(target):
    # Only same-site relative paths: an absolute URL here would be an open redirect.
    if target and target.startswith('/') and not target.startswith('//'):
        return target
    return url_for('main.index')


@auth_bp.route('/logout')
@login_required
def logout():
    logout_user()
    return redirect(url_for('main.index'))


@auth_bp.route('/login/google')
@limiter.limit('10 per minute')
def google_login():
    return oauth.google.authorize_redirect(url_for('auth.google_callback', _external=True))


@auth_bp.route('/login/google/callback')
@limiter.limit('10 per minute')
def google_callback():
    token = oauth.google.authorize_access_token()
    info = token.get('userinfo') or oauth.google.userinfo()
    user = User.query.filter_by(oauth_provider='google', oauth_subject=info['sub']).first()
    if user is None:
        user = User.query.filter_by(email=info['email'].lower()).first()
    if user is None:
        base = info['email'].split('@')[0][:30]
        user = User(email=info['email'].lower(), username=base, oauth_provider='google', oauth_subject=info['sub'])
        db.session.add(user)
    else:
        user.oauth_provider, user.oauth_subject = 'google', info['sub']
    db.session.commit()
    login_user(user, remember=True)
    return redirect(url_for('main.index'))
