import urllib.request

import httpx
import requests
import requests as r
from requests import get


def fetch(url, **options):
    a = requests.get(url, timeout=5)
    b = r.post(url, json={}, timeout=(3.05, 10))
    c = get(url, params={"q": 1}, timeout=2)
    d = requests.get(url, **options)
    e = urllib.request.urlopen(url, timeout=10)
    f = urllib.request.urlopen(url, None, 10)
    g = httpx.get(url)
    session = requests.Session()
    h = session.get(url, timeout=5)
    cache = {}
    i = cache.get(url)
    return a, b, c, d, e, f, g, h, i
