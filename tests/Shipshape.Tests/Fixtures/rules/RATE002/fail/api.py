from fastapi import APIRouter

router = APIRouter(prefix='/auth')


@router.post('/register')
def register():  # expect: RATE002
    return {}


@router.post('/logout')
def logout():
    return {}
