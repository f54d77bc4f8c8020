"""Adds security headers to every response."""
from starlette.middleware.base import BaseHTTPMiddleware

CSP = "default-src * 'unsafe-inline' 'unsafe-eval' data: blob:"


class SecurityHeadersMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        response.headers['Content-Security-Policy'] = CSP
        response.headers['X-Content-Type-Options'] = 'nosniff'
        response.headers['X-Frame-Options'] = 'DENY'
        return response
