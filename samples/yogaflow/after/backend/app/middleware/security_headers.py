"""Adds security headers to every response; the API serves JSON only, so the CSP can be strict."""
from starlette.middleware.base import BaseHTTPMiddleware

CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


class SecurityHeadersMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, hsts: bool = True):
        super().__init__(app)
        self.hsts = hsts

    async def dispatch(self, request, call_next):
        response = await call_next(request)
        response.headers['Content-Security-Policy'] = CSP
        response.headers['X-Content-Type-Options'] = 'nosniff'
        response.headers['X-Frame-Options'] = 'DENY'
        response.headers['Referrer-Policy'] = 'no-referrer'
        if self.hsts:
            response.headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains'
        return response
