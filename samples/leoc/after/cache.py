"""Small in-process cache with a size bound and an expiry per entry."""
import time
from collections import OrderedDict

MAX_ENTRIES = 512
TTL_SECONDS = 300

_cache = OrderedDict()


def cache_get(key):
    entry = _cache.get(key)
    if entry is None:
        return None
    if time.time() - entry['stored_at'] > TTL_SECONDS:
        _cache.pop(key, None)
        return None
    _cache.move_to_end(key)
    return entry['value']


def cache_set(key, value):
    _cache[key] = {'value': value, 'stored_at': time.time()}
    _cache.move_to_end(key)
    while len(_cache) > MAX_ENTRIES:
        _cache.popitem(last=False)
