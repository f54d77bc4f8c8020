from os import getenv

from slowapi import Limiter
from slowapi.util import get_remote_address

# Storage comes from the deployment's environment; the bare limiter only runs where none is set.
STORAGE_URI = getenv("RATE_LIMIT_BACKEND", None)

if STORAGE_URI:
    limiter = Limiter(key_func=get_remote_address, storage_uri=STORAGE_URI)
else:
    limiter = Limiter(key_func=get_remote_address)
