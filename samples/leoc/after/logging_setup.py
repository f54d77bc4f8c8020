"""Rotating file logs in production, console logs everywhere."""
import logging
import os
from logging.handlers import RotatingFileHandler

FORMAT = '%(asctime)s %(levelname)s %(name)s [%(pathname)s:%(lineno)d] %(message)s'


def configure_logging(app):
    level = getattr(logging, app.config['LOG_LEVEL'].upper(), logging.INFO)
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter(FORMAT))
    app.logger.addHandler(console)
    if not app.debug:
        os.makedirs(app.config['LOG_FOLDER'], exist_ok=True)
        file_handler = RotatingFileHandler(
            os.path.join(app.config['LOG_FOLDER'], 'leoc_app.log'),
            maxBytes=10 * 1024 * 1024,
            backupCount=10,
        )
        file_handler.setFormatter(logging.Formatter(FORMAT))
        app.logger.addHandler(file_handler)
    app.logger.setLevel(level)
