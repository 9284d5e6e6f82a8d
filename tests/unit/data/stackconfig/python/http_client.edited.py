"""Shared pooled HTTP client ("app/utils/http_client.py — connection pooling added").

One requests.Session per process with a connection pool and bounded retries,
so outbound calls reuse TCP/TLS connections instead of opening one per call.
"""
import threading

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

POOL_CONNECTIONS = 20   # number of distinct hosts kept in the pool
POOL_MAXSIZE = 50      # connections kept per host
DEFAULT_TIMEOUT = (3, 90)  # (connect, read) seconds — read matches nginx's 180 s

_session = None
_lock = threading.Lock()


class _TimeoutSession(requests.Session):
    def request(self, method, url, **kwargs):
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        return super().request(method, url, **kwargs)


def get_session() -> requests.Session:
    global _session
    if _session is None:
        with _lock:
            if _session is None:
                s = _TimeoutSession()
                retry = Retry(total=3, backoff_factor=0.3,
                              status_forcelist=(502, 503, 504),
                              allowed_methods=frozenset({"GET", "HEAD", "OPTIONS"}))
                adapter = HTTPAdapter(pool_connections=POOL_CONNECTIONS,
                                      pool_maxsize=POOL_MAXSIZE, max_retries=retry)
                s.mount("http://", adapter)
                s.mount("https://", adapter)
                _session = s
    return _session


def close_session() -> None:
    global _session
    with _lock:
        if _session is not None:
            _session.close()
            _session = None
