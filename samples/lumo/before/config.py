"""LUMO configuration."""
import os


class Config:
    SECRET_KEY = 'lumo-super-secret-key-2024'
    SQLALCHEMY_DATABASE_URI = os.environ.get('DATABASE_URL', 'sqlite:///lumo.db')
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    POSTS_PER_PAGE = 12
    GOOGLE_CLIENT_ID = os.environ.get('GOOGLE_CLIENT_ID')
    GOOGLE_CLIENT_SECRET = os.environ.get('GOOGLE_CLIENT_SECRET')
    GA_MEASUREMENT_ID = os.environ.get('GA_MEASUREMENT_ID', 'G-LUMO4X2Q9Z')
    ADSENSE_CLIENT = os.environ.get('ADSENSE_CLIENT', 'ca-pub-5274189340012765')
