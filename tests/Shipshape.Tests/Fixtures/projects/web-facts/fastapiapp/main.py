from fastapi import APIRouter, Depends, FastAPI

from fastapiapp.deps import get_current_user, get_db

app = FastAPI()
router = APIRouter(prefix='/poses')


@router.delete('/{pose_id}')
def delete_pose(pose_id: int, user=Depends(get_current_user), db=Depends(get_db)):
    return {}


@router.get('/')
def list_poses(db=Depends(get_db)):
    return []


app.include_router(router, prefix='/api/v1')
