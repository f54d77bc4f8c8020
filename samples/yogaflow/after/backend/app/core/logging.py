"""Logging with PII redaction: e-mail addresses and bearer tokens never reach the log files."""
import logging
import re

EMAIL = re.compile(r'[\w.+-]+@[\w-]+\.[\w.]+')
BEARER = re.compile(r'(?i)(bearer\s+|token=)[\w.-]+')


class RedactPII(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        message = EMAIL.sub('<email>', message)
        record.msg = BEARER.sub(r'\1<redacted>', message)
        record.args = ()
        return True


def configure_logging(level: str = 'INFO') -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter('%(asctime)s %(levelname)s %(name)s %(message)s'))
    handler.addFilter(RedactPII())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
