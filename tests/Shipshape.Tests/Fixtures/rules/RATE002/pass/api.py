from fastapi import APIRouter, Request

from app.core.rate_limit import limiter

router = APIRouter(prefix='/auth')


@router.post('/register')
@limiter.limit('3/hour')
def register(request: Request):
    return {}
