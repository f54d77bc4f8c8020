"""Pose library and favourites."""
from fastapi import APIRouter, Depends, HTTPException, Query, status
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.api.deps import get_current_user
from app.db.session import get_db
from app.models.favorites import Favorite
from app.models.pose import Pose
from app.models.user import User
from app.schemas import PoseOut

router = APIRouter(prefix='/poses', tags=['poses'])


@router.get('', response_model=list[PoseOut])
def list_poses(difficulty: str | None = None, category: str | None = None,
               limit: int = Query(50, le=200), offset: int = 0, db: Session = Depends(get_db)):
    query = select(Pose).order_by(Pose.english_name)
    if difficulty:
        query = query.where(Pose.difficulty == difficulty)
    if category:
        query = query.where(Pose.category == category)
    return db.scalars(query.limit(limit).offset(offset)).all()


@router.get('/favorites', response_model=list[PoseOut])
def my_favorites(user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    return db.scalars(select(Pose).join(Favorite, Favorite.pose_id == Pose.id).where(Favorite.user_id == user.id)).all()


@router.post('/{pose_id}/favorite', status_code=status.HTTP_204_NO_CONTENT)
def add_favorite(pose_id: int, user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    if db.get(Pose, pose_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, 'Pose not found')
    db.add(Favorite(user_id=user.id, pose_id=pose_id))
    try:
        db.commit()
    except IntegrityError:
        db.rollback()


@router.delete('/{pose_id}/favorite', status_code=status.HTTP_204_NO_CONTENT)
def remove_favorite(pose_id: int, user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    fav = db.scalar(select(Favorite).where(Favorite.user_id == user.id, Favorite.pose_id == pose_id))
    if fav:
        db.delete(fav)
        db.commit()
