from fastapi import APIRouter, Depends

from db import get_db

router = APIRouter(prefix='/poses')


@router.delete('/{pose_id}')
def delete_pose(pose_id: int, db=Depends(get_db)):  # expect: AUTH001
    return {}
