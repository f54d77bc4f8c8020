"""Create the database tables before the first deployment: `python init_db.py`."""
import logging
import sys

from sqlalchemy import inspect
from sqlalchemy.exc import SQLAlchemyError

from app import app
from models import db

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s')
log = logging.getLogger('init_db')


def main():
    with app.app_context():
        try:
            existing = set(inspect(db.engine).get_table_names())
            missing = {t.name for t in db.metadata.sorted_tables} - existing
            if not missing:
                log.info('All tables exist (%d)', len(existing))
                return 0
            db.create_all()
            log.info('Created tables: %s', ', '.join(sorted(missing)))
            return 0
        except SQLAlchemyError:
            log.exception('Database initialisation failed')
            return 1


if __name__ == '__main__':
    sys.exit(main())
