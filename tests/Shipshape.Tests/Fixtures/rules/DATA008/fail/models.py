from django.db import models
from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlalchemy.orm import declarative_base, mapped_column

import sqlalchemy as sa

Base = declarative_base()


class Favorite(Base):
    __tablename__ = "favorites"
    __table_args__ = (UniqueConstraint("user_id", "pose_id"),)

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False)
    pose_id = Column(Integer, ForeignKey("poses.id"), nullable=False)  # expect: DATA008
    sequence_id = sa.Column(sa.Integer, sa.ForeignKey("sequences.id"))  # expect: DATA008
    owner_id = mapped_column(ForeignKey("users.id"))  # expect: DATA008


class Ticket(models.Model):
    queue = models.ForeignKey("Queue", on_delete=models.CASCADE, db_index=False)  # expect: DATA008
