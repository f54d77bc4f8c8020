"""Gunicorn settings for the LEOC container."""
import os

bind = f"0.0.0.0:{os.getenv('PORT', '5002')}"
workers = int(os.getenv('GUNICORN_WORKERS', '4'))
timeout = 60
graceful_timeout = 30
max_requests = 1000
max_requests_jitter = 100
accesslog = '-'
errorlog = '-'
