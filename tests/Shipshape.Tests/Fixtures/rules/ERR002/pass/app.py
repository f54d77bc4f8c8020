import logging

logger = logging.getLogger(__name__)


def load(path):
    try:
        import ujson as json
    except ImportError:
        pass
    try:
        return read(path)
    except Exception:
        logger.exception("reading %s failed", path)
        return None


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        pass
    try:
        return fallback(key)
    except Exception:
        raise
