"""Database engine and schema for the art_generation demo backend.

The connection pool mirrors the tuned production values from
DEPLOYMENT_INSTRUCTIONS ("app/database/db.py — connection pool tuned").
"""
import logging
import threading
import time

from sqlalchemy import create_engine, text

from app import config

log = logging.getLogger(__name__)

DATABASE_URL = config.database_url()
is_sqlite = DATABASE_URL.startswith("sqlite")

_engine = None
_engine_lock = threading.Lock()


def get_engine():
    """The process-wide engine, created lazily (so forked Celery/gunicorn
    children never share a parent's sockets)."""
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                _engine = create_engine(
                    DATABASE_URL,
                    pool_size=10 if not is_sqlite else 1,
                    max_overflow=15 if not is_sqlite else 0,
                    pool_timeout=30,
                    pool_recycle=1800,
                    pool_pre_ping=True,
                    future=True,
                    connect_args={} if is_sqlite else {"connect_timeout": 5,
                                                       "application_name": "art_generation"},
                )
    return _engine


# Arbitrary constant key for pg_advisory_xact_lock: serialises schema creation
# and seeding between the 8 gunicorn workers (and anything else) starting at once.
SCHEMA_LOCK_KEY = 0x4172_7447

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS images (
        id           TEXT PRIMARY KEY,
        prompt       TEXT NOT NULL,
        width        INTEGER NOT NULL,
        height       INTEGER NOT NULL,
        status       TEXT NOT NULL DEFAULT 'pending',
        path         TEXT,
        error        TEXT,
        created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
        completed_at TIMESTAMPTZ
    )""",
    """CREATE TABLE IF NOT EXISTS characters (
        id          SERIAL PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        style       TEXT NOT NULL,
        description TEXT NOT NULL,
        created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
    )""",
]

SEED_CHARACTERS = [
    ("Aurora", "watercolor", "A fox spirit made of northern lights"),
    ("Basil", "pixel art", "A tiny knight who guards the herb garden"),
    ("Cinder", "oil painting", "A retired dragon who runs a bakery"),
    ("Dune", "ink wash", "A nomad reading the wind over sand seas"),
    ("Echo", "low poly", "A bat cartographer of underground rivers"),
    ("Fable", "storybook", "An owl librarian with a lantern"),
    ("Gale", "anime", "A sky courier on a paper glider"),
    ("Halcyon", "art nouveau", "A kingfisher queen of a lake city"),
    ("Iris", "gouache", "A botanist painting flowers that bloom"),
    ("Jasper", "comic", "A stone golem who collects teacups"),
    ("Kestrel", "concept art", "A falconer scouting ruined towers"),
    ("Lumen", "neon", "A street musician whose guitar glows"),
    ("Moss", "claymation", "A forest troll who hums lullabies"),
    ("Nimbus", "pastel", "A cloud shepherd herding rainstorms"),
    ("Onyx", "noir", "A cat detective in a rainy harbour"),
    ("Pebble", "chibi", "A turtle postman with a tiny satchel"),
    ("Quill", "engraving", "A hedgehog scribe of royal decrees"),
    ("Rune", "stained glass", "A mage who writes spells in light"),
    ("Saffron", "ukiyo-e", "A spice merchant sailing on a koi"),
    ("Thistle", "sketch", "A highland sprite who mends fences"),
]


def init_schema(retry_seconds: float = 60.0) -> None:
    """Create the tables and seed `characters` if it is empty.

    Safe to run concurrently: everything happens in one transaction that first
    takes a transaction-scoped advisory lock."""
    deadline = time.monotonic() + retry_seconds
    while True:
        try:
            with get_engine().begin() as conn:
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK_KEY})
                for stmt in SCHEMA:
                    conn.execute(text(stmt))
                count = conn.execute(text("SELECT count(*) FROM characters")).scalar_one()
                if count == 0:
                    conn.execute(
                        text("INSERT INTO characters (name, style, description) "
                             "VALUES (:name, :style, :description) ON CONFLICT (name) DO NOTHING"),
                        [{"name": n, "style": s, "description": d} for n, s, d in SEED_CHARACTERS],
                    )
                    log.info("seeded %d characters", len(SEED_CHARACTERS))
            return
        except Exception as exc:  # pragma: no cover - depends on the database being up
            if time.monotonic() >= deadline:
                raise
            log.warning("database not ready (%s); retrying", exc)
            time.sleep(1.0)
