from starlette.middleware.base import BaseHTTPMiddleware

CSP = "default-src * 'unsafe-inline' 'unsafe-eval' data: blob:"  # expect: HDR002


class SecurityHeadersMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        response.headers['Content-Security-Policy'] = CSP
        return response
