from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import relationship

from app.db.base_types import utc_now
from app.db.session import Base


class Sequence(Base):
    __tablename__ = 'sequences'

    id = Column(Integer, primary_key=True)
    owner_id = Column(Integer, ForeignKey('users.id', ondelete='CASCADE'), nullable=False, index=True)
    title = Column(String(160), nullable=False)
    is_public = Column(Boolean, default=False, index=True)
    created_at = Column(DateTime(timezone=True), default=utc_now)
    updated_at = Column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)

    owner = relationship('User', back_populates='sequences')
    poses = relationship('SequencePose', order_by='SequencePose.position', cascade='all, delete-orphan')


class SequencePose(Base):
    __tablename__ = 'sequence_poses'

    id = Column(Integer, primary_key=True)
    sequence_id = Column(Integer, ForeignKey('sequences.id', ondelete='CASCADE'), nullable=False, index=True)
    pose_id = Column(Integer, ForeignKey('poses.id'), nullable=False, index=True)
    position = Column(Integer, nullable=False)
    hold_seconds = Column(Integer, default=30)
