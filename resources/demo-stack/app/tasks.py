"""Celery tasks."""
import logging
import os

from sqlalchemy import text

from app import config
from app.celery_app import celery_app
from app.database.db import get_engine
from app.render import render_png

log = logging.getLogger(__name__)


@celery_app.task(name="app.tasks.generate_image", bind=True)
def generate_image(self, image_id: str) -> dict:
    engine = get_engine()
    with engine.begin() as conn:
        row = conn.execute(text("SELECT prompt, width, height FROM images WHERE id = :id"),
                           {"id": image_id}).one_or_none()
        if row is None:
            raise ValueError("unknown image id %s" % image_id)
        conn.execute(text("UPDATE images SET status = 'running' WHERE id = :id AND status = 'pending'"),
                     {"id": image_id})
    path = os.path.join(config.IMAGE_DIR, image_id + ".png")
    try:
        os.makedirs(config.IMAGE_DIR, exist_ok=True)
        render_png(row.prompt, row.width, row.height, path)
    except Exception as exc:
        log.exception("rendering %s failed", image_id)
        with engine.begin() as conn:
            conn.execute(text("UPDATE images SET status = 'failed', error = :err, completed_at = now() "
                              "WHERE id = :id"), {"id": image_id, "err": str(exc)[:1000]})
        raise
    with engine.begin() as conn:
        conn.execute(text("UPDATE images SET status = 'done', path = :path, error = NULL, "
                          "completed_at = now() WHERE id = :id"), {"id": image_id, "path": path})
    return {"id": image_id, "path": path, "width": row.width, "height": row.height}
