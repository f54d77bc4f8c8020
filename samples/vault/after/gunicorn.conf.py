"""Gunicorn settings for the Vault container."""
import os

bind = f"0.0.0.0:{os.getenv('PORT', '5000')}"
workers = int(os.getenv('GUNICORN_WORKERS', '3'))
threads = 2
timeout = 120  # large encrypted uploads stream through the worker
graceful_timeout = 30
max_requests = 500
max_requests_jitter = 50
accesslog = '-'
errorlog = '-'
