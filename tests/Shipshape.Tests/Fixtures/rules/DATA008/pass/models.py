from django.db import models
from sqlalchemy import Column, ForeignKey, Index, Integer
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Favorite(Base):
    __tablename__ = "favorites"
    __table_args__ = (Index("ix_favorites_pose", "pose_id"),)

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    pose_id = Column(Integer, ForeignKey("poses.id"), nullable=False)
    profile_id = Column(Integer, ForeignKey("profiles.id"), unique=True)


class Ticket(models.Model):
    queue = models.ForeignKey("Queue", on_delete=models.CASCADE)
