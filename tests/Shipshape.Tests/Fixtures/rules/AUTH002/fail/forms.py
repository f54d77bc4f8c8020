from wtforms import Form, PasswordField
from wtforms.validators import DataRequired, Length


class RegistrationForm(Form):
    password = PasswordField('Password', validators=[DataRequired(), Length(min=6)])  # expect: AUTH002
