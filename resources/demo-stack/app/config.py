"""Settings read from the environment (set by Docker_all/docker-compose.yml from Docker_all/.env)."""
import os
from urllib.parse import quote


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


POSTGRES_HOST = _env("POSTGRES_HOST", "postgres")
POSTGRES_PORT = int(_env("POSTGRES_PORT_INTERNAL", "5432"))
POSTGRES_USER = _env("POSTGRES_USER", "art")
POSTGRES_PASSWORD = _env("POSTGRES_PASSWORD")
POSTGRES_DB = _env("POSTGRES_DB", "art_generation")

REDIS_HOST = _env("REDIS_HOST", "redis")
REDIS_PORT = int(_env("REDIS_PORT_INTERNAL", "6379"))
REDIS_PASSWORD = _env("REDIS_PASSWORD")

API_TOKEN = _env("API_TOKEN")
IMAGE_DIR = _env("IMAGE_DIR", "/data/images")


def database_url() -> str:
    url = _env("DATABASE_URL")
    if url:
        return url
    return "postgresql+psycopg2://%s:%s@%s:%d/%s" % (
        quote(POSTGRES_USER, safe=""), quote(POSTGRES_PASSWORD, safe=""),
        POSTGRES_HOST, POSTGRES_PORT, quote(POSTGRES_DB, safe=""))


def redis_url(db: int = 0) -> str:
    auth = ":%s@" % quote(REDIS_PASSWORD, safe="") if REDIS_PASSWORD else ""
    return "redis://%s%s:%d/%d" % (auth, REDIS_HOST, REDIS_PORT, db)
