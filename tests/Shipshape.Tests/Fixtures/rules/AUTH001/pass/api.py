from fastapi import APIRouter, Depends

from deps import get_current_user

router = APIRouter(prefix='/poses')


@router.delete('/{pose_id}')
def delete_pose(pose_id: int, user=Depends(get_current_user)):
    return {}
