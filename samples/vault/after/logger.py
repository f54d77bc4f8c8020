"""Logging for the whole app: one format, level from LOG_LEVEL, stdout for the container."""
import logging
import os


def setup_logger():
    log_level = os.getenv('LOG_LEVEL', 'INFO').upper()
    logging.basicConfig(
        level=getattr(logging, log_level, logging.INFO),
        format='%(asctime)s - %(name)s - %(levelname)s - %(message)s',
        handlers=[logging.StreamHandler()],
    )
    return logging.getLogger('vault')
