import urllib.request

import httpx
import requests
import requests as r
from requests import get


def fetch(url):
    a = requests.get(url)  # expect: ERR003
    b = r.post(url, json={})  # expect: ERR003
    c = get(url, params={"q": 1})  # expect: ERR003
    d = requests.get(url, timeout=None)  # expect: ERR003
    e = urllib.request.urlopen(url)  # expect: ERR003
    f = httpx.get(url, timeout=None)  # expect: ERR003
    session = requests.Session()
    g = session.get(url)  # expect: ERR003
    return a, b, c, d, e, f, g
