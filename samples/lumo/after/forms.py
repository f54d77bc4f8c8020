"""Registration, login and content forms (Flask-WTF: every form carries a CSRF token)."""
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField, TextAreaField
from wtforms.validators import DataRequired, Email, EqualTo, Length, Regexp

PASSWORD_RULES = [
    DataRequired(),
    Length(min=8, message='Password must be at least 8 characters long.'),
    Regexp(r'.*[A-Z]', message='Password must contain an uppercase letter.'),
    Regexp(r'.*[a-z]', message='Password must contain a lowercase letter.'),
    Regexp(r'.*\d', message='Password must contain a digit.'),
]


class RegistrationForm(FlaskForm):
    email = StringField('Email', validators=[DataRequired(), Email()])
    username = StringField('Username', validators=[DataRequired(), Length(min=3, max=40)])
    password = PasswordField('Password', validators=PASSWORD_RULES)
    confirm = PasswordField('Confirm password', validators=[DataRequired(), EqualTo('password')])


class LoginForm(FlaskForm):
    email = StringField('Email', validators=[DataRequired(), Email()])
    password = PasswordField('Password', validators=[DataRequired()])


class PostForm(FlaskForm):
    title = StringField('Title', validators=[DataRequired(), Length(max=200)])
    body = TextAreaField('Body', validators=[DataRequired()])


class CommentForm(FlaskForm):
    body = TextAreaField('Comment', validators=[DataRequired(), Length(max=2000)])


class DeleteAccountForm(FlaskForm):
    password = PasswordField('Password')
