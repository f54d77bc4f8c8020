"""Small in-process cache with a size bound."""
from collections import OrderedDict
from functools import lru_cache

from flask import Flask

app = Flask(__name__)
MAX_ENTRIES = 512
_cache = OrderedDict()


def cache_set(key, value):
    _cache[key] = value
    while len(_cache) > MAX_ENTRIES:
        _cache.popitem(last=False)


@lru_cache(maxsize=256)
def weather(ward):
    return ward


@lru_cache(maxsize=None)
def settings():
    return {}
