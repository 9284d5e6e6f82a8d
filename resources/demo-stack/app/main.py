"""FastAPI backend of the art_generation demo stack.

Run (as in Docker_all/docker-compose.yml):
  gunicorn app.main:app --workers 8 --worker-class uvicorn.workers.UvicornWorker --bind 0.0.0.0:8000
"""
import hmac
import logging
import os
import re
import uuid

import redis
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, conint, constr
from sqlalchemy import text

from app import config
from app.celery_app import celery_app
from app.database.db import get_engine, init_schema

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("app")

app = FastAPI(title="art_generation demo API", version="1.0")

_redis = redis.Redis(host=config.REDIS_HOST, port=config.REDIS_PORT,
                     password=config.REDIS_PASSWORD or None,
                     socket_timeout=2, socket_connect_timeout=2)

_ID_RE = re.compile(r"^[0-9a-f]{32}$")


@app.on_event("startup")
def _startup() -> None:
    init_schema()
    log.info("worker %d ready", os.getpid())


def require_token(request: Request) -> None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    expected = config.API_TOKEN
    if (not expected or scheme.lower() != "bearer"
            or not hmac.compare_digest(token.strip().encode(), expected.encode())):
        raise HTTPException(status_code=401, detail="missing or invalid bearer token",
                            headers={"WWW-Authenticate": "Bearer"})


class GenerateRequest(BaseModel):
    prompt: constr(strip_whitespace=True, min_length=1, max_length=500)
    width: conint(strict=True, ge=64, le=2048) = 512
    height: conint(strict=True, ge=64, le=2048) = 512


@app.api_route("/api/v1/health", methods=["GET", "HEAD"])
def health():
    result = {"status": "ok", "postgres": "ok", "redis": "ok"}
    try:
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        result["postgres"] = "error: %s" % type(exc).__name__
    try:
        if not _redis.ping():
            result["redis"] = "error: no PONG"
    except Exception as exc:
        result["redis"] = "error: %s" % type(exc).__name__
    if result["postgres"] != "ok" or result["redis"] != "ok":
        result["status"] = "error"
        return JSONResponse(result, status_code=503)
    return result


@app.post("/api/v1/generate", status_code=202, dependencies=[Depends(require_token)])
def generate(req: GenerateRequest):
    image_id = uuid.uuid4().hex
    with get_engine().begin() as conn:
        conn.execute(text("INSERT INTO images (id, prompt, width, height, status) "
                          "VALUES (:id, :prompt, :w, :h, 'pending')"),
                     {"id": image_id, "prompt": req.prompt, "w": req.width, "h": req.height})
    celery_app.send_task("app.tasks.generate_image", args=[image_id], task_id=image_id)
    return {"task_id": image_id, "status": "pending",
            "status_url": "/api/v1/tasks/%s" % image_id}


def _load(image_id: str):
    if not _ID_RE.match(image_id):
        raise HTTPException(status_code=404, detail="no such task")
    with get_engine().connect() as conn:
        row = conn.execute(text("SELECT id, prompt, width, height, status, path, error, created_at, "
                                "completed_at FROM images WHERE id = :id"), {"id": image_id}).one_or_none()
    if row is None:
        raise HTTPException(status_code=404, detail="no such task")
    return row


@app.get("/api/v1/tasks/{image_id}", dependencies=[Depends(require_token)])
def task_status(image_id: str):
    row = _load(image_id)
    status = row.status if row.status in ("pending", "done", "failed") else "pending"
    body = {"task_id": row.id, "status": status, "prompt": row.prompt,
            "width": row.width, "height": row.height,
            "created_at": row.created_at.isoformat() if row.created_at else None,
            "completed_at": row.completed_at.isoformat() if row.completed_at else None}
    if status == "done":
        body["image_url"] = "/api/v1/tasks/%s/image" % row.id
    if status == "failed":
        body["error"] = row.error
    return body


@app.get("/api/v1/tasks/{image_id}/image", dependencies=[Depends(require_token)])
def task_image(image_id: str):
    row = _load(image_id)
    if row.status != "done" or not row.path or not os.path.isfile(row.path):
        raise HTTPException(status_code=409 if row.status != "failed" else 410,
                            detail="image not available (status %s)" % row.status)
    return FileResponse(row.path, media_type="image/png")


@app.get("/api/v1/characters")
def characters():
    with get_engine().connect() as conn:
        rows = conn.execute(text("SELECT id, name, style, description FROM characters ORDER BY id")).all()
    return [dict(r._mapping) for r in rows]
