from datetime import datetime

from sqlalchemy import Column, DateTime, Integer, String, Text

from app.db.session import Base


class Pose(Base):
    __tablename__ = 'poses'

    id = Column(Integer, primary_key=True)
    sanskrit_name = Column(String(120), nullable=False)
    english_name = Column(String(120), nullable=False)
    difficulty = Column(String(20), nullable=False)
    category = Column(String(40), nullable=False)
    instructions = Column(Text, default='')
    image_url = Column(String(500))
    created_at = Column(DateTime, default=datetime.utcnow)
