from fastapi import FastAPI, Request
from slowapi import Limiter
from slowapi.util import get_remote_address

limiter = Limiter(key_func=get_remote_address)  # expect: RATE003
app = FastAPI()
app.state.limiter = limiter


@app.post('/token')
@limiter.limit('5/minute')
async def token(request: Request):
    return {}
