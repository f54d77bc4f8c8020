"""User-built pose sequences."""
from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.api.deps import get_current_user
from app.db.session import get_db
from app.models.sequence import Sequence, SequencePose
from app.models.user import User
from app.schemas import SequenceIn, SequenceOut

router = APIRouter(prefix='/sequences', tags=['sequences'])


def _own(db: Session, sequence_id: int, user: User) -> Sequence:
    seq = db.get(Sequence, sequence_id)
    if seq is None or seq.owner_id != user.id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, 'Sequence not found')
    return seq


@router.get('', response_model=list[SequenceOut])
def my_sequences(user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    return db.scalars(select(Sequence).where(Sequence.owner_id == user.id).order_by(Sequence.created_at.desc())).all()


@router.post('', response_model=SequenceOut, status_code=status.HTTP_201_CREATED)
def create_sequence(data: SequenceIn, user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    seq = Sequence(owner_id=user.id, title=data.title, is_public=data.is_public)
    seq.poses = [SequencePose(pose_id=pid, position=i) for i, pid in enumerate(data.pose_ids)]
    db.add(seq)
    db.commit()
    db.refresh(seq)
    return seq


@router.delete('/{sequence_id}', status_code=status.HTTP_204_NO_CONTENT)
def delete_sequence(sequence_id: int, user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    db.delete(_own(db, sequence_id, user))
    db.commit()
