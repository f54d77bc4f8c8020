from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer


class Pose:
    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime(timezone=True), default=lambda: datetime.now(timezone.utc))


def parse(stamp, clock):
    clock.utcnow()
    return datetime.fromtimestamp(stamp, tz=timezone.utc)
