"""Email/password and Google OAuth authentication."""
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_required, login_user, logout_user

from extensions import db, oauth
from forms import LoginForm, RegistrationForm
from models import User

auth_bp = Blueprint('auth', __name__)


@auth_bp.route('/register', methods=['GET', 'POST'])
def register():
    form = RegistrationForm(request.form)
    if request.method == 'POST' and form.validate():
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
def login():
    form = LoginForm(request.form)
    if request.method == 'POST' and form.validate():
        user = User.query.filter_by(email=form.email.data.lower()).first()
        if user and user.check_password(form.password.data):
            login_user(user, remember=True)
            return redirect(request.args.get('next') or url_for('main.index'))
        flash('Invalid email or password')
    return render_template('login.html', form=form)


@auth_bp.route('/logout')
@login_required
def logout():
    logout_user()
    return redirect(url_for('main.index'))


@auth_bp.route('/login/google')
def google_login():
    return oauth.google.authorize_redirect(url_for('auth.google_callback', _external=True))


@auth_bp.route('/login/google/callback')
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
