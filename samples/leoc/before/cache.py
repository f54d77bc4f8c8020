"""Tiny in-process cache for dashboard figures and weather lookups."""
import time

_cache = {}


def cache_get(key):
    entry = _cache.get(key)
    if entry is None:
        return None
    return entry['value']


def cache_set(key, value):
    _cache[key] = {'value': value, 'stored_at': time.time()}
