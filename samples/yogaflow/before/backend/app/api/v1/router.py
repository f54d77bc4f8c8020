from fastapi import APIRouter

from app.api.v1.endpoints import auth, poses, sequences

api_router = APIRouter()
api_router.include_router(auth.router)
api_router.include_router(poses.router)
api_router.include_router(sequences.router)
