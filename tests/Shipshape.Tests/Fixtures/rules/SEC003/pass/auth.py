import os


def create_default_admin(create_user):
    create_user(username=os.environ['ADMIN_USERNAME'], password=os.environ['ADMIN_PASSWORD'], role='admin')


PASSWORD_MIN_LENGTH = 8
SMTP_PASSWORD = ''
