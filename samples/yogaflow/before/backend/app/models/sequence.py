from datetime import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import relationship

from app.db.session import Base


class Sequence(Base):
    __tablename__ = 'sequences'

    id = Column(Integer, primary_key=True)
    owner_id = Column(Integer, ForeignKey('users.id', ondelete='CASCADE'), nullable=False)
    title = Column(String(160), nullable=False)
    is_public = Column(Boolean, default=False)
    created_at = Column(DateTime, default=datetime.utcnow)
    updated_at = Column(DateTime, default=datetime.utcnow, onupdate=datetime.utcnow)

    owner = relationship('User', back_populates='sequences')
    poses = relationship('SequencePose', order_by='SequencePose.position', cascade='all, delete-orphan')


class SequencePose(Base):
    __tablename__ = 'sequence_poses'

    id = Column(Integer, primary_key=True)
    sequence_id = Column(Integer, ForeignKey('sequences.id', ondelete='CASCADE'), nullable=False)
    pose_id = Column(Integer, ForeignKey('poses.id'), nullable=False)
    position = Column(Integer, nullable=False)
    hold_seconds = Column(Integer, default=30)
