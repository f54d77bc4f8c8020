"""Log to stdout for the platform and to a rotating file for on-box debugging."""
import logging
import os
from logging.handlers import RotatingFileHandler

FORMAT = '%(asctime)s %(levelname)s %(name)s: %(message)s [%(module)s:%(lineno)d]'


def configure_logging(app):
    formatter = logging.Formatter(FORMAT)
    console = logging.StreamHandler()
    console.setFormatter(formatter)
    app.logger.addHandler(console)

    os.makedirs(app.config['LOG_DIR'], exist_ok=True)
    file_handler = RotatingFileHandler(os.path.join(app.config['LOG_DIR'], 'lumo.log'),
                                       maxBytes=10 * 1024 * 1024, backupCount=10)
    file_handler.setFormatter(formatter)
    app.logger.addHandler(file_handler)

    app.logger.setLevel(app.config['LOG_LEVEL'])
