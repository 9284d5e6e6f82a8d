"""art_generation demo stack: FastAPI backend + Celery worker (replica for the control panel)."""
