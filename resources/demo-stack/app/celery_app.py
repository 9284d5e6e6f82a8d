"""Celery application: broker and result backend are the password-protected Redis."""
from celery import Celery

from app import config

celery_app = Celery("art_generation", broker=config.redis_url(0),
                    backend=config.redis_url(0), include=["app.tasks"])
celery_app.conf.update(
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
    result_expires=3600,
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    broker_connection_retry_on_startup=True,
    broker_transport_options={"socket_timeout": 5, "socket_connect_timeout": 5},
    redis_socket_timeout=5,
    redis_socket_connect_timeout=5,
    timezone="UTC",
)
app = celery_app  # `celery -A app.celery_app` finds either name
