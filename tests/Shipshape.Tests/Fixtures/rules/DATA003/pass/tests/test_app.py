from app import app, db


def setup_module():
    with app.app_context():
        db.create_all()
