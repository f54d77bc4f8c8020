import os

from fastapi import FastAPI
from slowapi import Limiter
from slowapi.util import get_remote_address

app = FastAPI()
limiter = Limiter(key_func=get_remote_address,
                  storage_uri=os.environ.get('LIMITER_URL', 'redis://redis:6379/0'))  # expect: RATE003
