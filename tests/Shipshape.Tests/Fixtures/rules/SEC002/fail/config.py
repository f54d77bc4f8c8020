import os


class Config:
    SECRET_KEY = os.getenv('SECRET_KEY', os.urandom(32).hex())  # expect: SEC002
