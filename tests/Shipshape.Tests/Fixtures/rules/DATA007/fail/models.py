import datetime as dt
from datetime import datetime

from sqlalchemy import Column, DateTime, Integer


class Pose:
    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime, default=datetime.utcnow)  # expect: DATA007


def expiry(seconds):
    return dt.datetime.utcnow() + dt.timedelta(seconds=seconds)  # expect: DATA007


def parse(stamp):
    return datetime.utcfromtimestamp(stamp)  # expect: DATA007
