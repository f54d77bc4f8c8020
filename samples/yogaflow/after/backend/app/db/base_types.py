"""Timezone-aware timestamp helpers shared by the models."""
from datetime import datetime, timezone


def utc_now() -> datetime:
    return datetime.now(timezone.utc)
