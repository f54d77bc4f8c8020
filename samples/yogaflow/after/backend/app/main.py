"""YogaFlow API."""
import logging

import redis
import sentry_sdk
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from slowapi import _rate_limit_exceeded_handler
from slowapi.errors import RateLimitExceeded
from slowapi.middleware import SlowAPIMiddleware
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.api.v1.router import api_router
from app.core.config import settings
from app.core.logging import configure_logging
from app.core.rate_limit import limiter
from app.db.session import SessionLocal
from app.middleware.security_headers import SecurityHeadersMiddleware
from app.services import token_blacklist

configure_logging()
logger = logging.getLogger(__name__)

if settings.SENTRY_DSN:
    sentry_sdk.init(dsn=settings.SENTRY_DSN, environment=settings.ENVIRONMENT, send_default_pii=False,
                    traces_sample_rate=0.1)

app = FastAPI(title=settings.PROJECT_NAME,
              docs_url=None if settings.is_production else '/docs',
              redoc_url=None)
app.state.limiter = limiter
app.add_exception_handler(RateLimitExceeded, _rate_limit_exceeded_handler)
app.add_middleware(SlowAPIMiddleware)
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=['GET', 'POST', 'PUT', 'DELETE'],
    allow_headers=['Authorization', 'Content-Type'],
)
app.add_middleware(SecurityHeadersMiddleware, hsts=settings.is_production)
app.include_router(api_router, prefix=settings.API_V1_PREFIX)


@app.get('/health')
@limiter.exempt
def health():
    checks = {}
    try:
        with SessionLocal() as db:
            db.execute(text('SELECT 1'))
        checks['database'] = 'ok'
    except SQLAlchemyError:
        logger.exception('health: database unreachable')
        checks['database'] = 'error'
    try:
        checks['redis'] = 'ok' if token_blacklist.ping() else 'error'
    except redis.RedisError:
        logger.exception('health: redis unreachable')
        checks['redis'] = 'error'
    healthy = all(v == 'ok' for v in checks.values())
    return JSONResponse({'status': 'ok' if healthy else 'degraded', 'checks': checks},
                        status_code=200 if healthy else 503)
