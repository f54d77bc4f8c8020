"""Tiny in-process cache for dashboard figures."""
import functools
import time
from functools import lru_cache

from flask import Flask

app = Flask(__name__)

_cache = {}  # expect: DATA006


def cache_set(key, value):
    _cache[key] = {"value": value, "stored_at": time.time()}


@lru_cache(maxsize=None)  # expect: DATA006
def weather(ward):
    return ward


@functools.cache  # expect: DATA006
def coordinates(ward):
    return ward
