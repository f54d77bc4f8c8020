import logging.config

LOGGING = {
    'version': 1,
    'handlers': {
        'file': {'class': 'logging.handlers.RotatingFileHandler', 'filename': 'app.log',
                 'maxBytes': 1024 * 1024, 'backupCount': 3},
    },
    'root': {'handlers': ['file'], 'level': 'INFO'},
}


def configure_logging():
    logging.config.dictConfig(LOGGING)
