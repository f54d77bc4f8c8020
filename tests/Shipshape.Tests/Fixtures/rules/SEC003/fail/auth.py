import os


def create_default_admin(create_user):
    create_user(username='admin', password='admin123', role='admin')  # expect: SEC003


MASTER_KEY = 'open-sesame-2024'  # expect: SEC003
PASSWORD_MIN_LENGTH = 8
PASSWORD_RESET_URL = '/reset'
