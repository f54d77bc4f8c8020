from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from settings import settings

api = FastAPI()
api.add_middleware(CORSMiddleware, allow_origins=settings.ALLOWED_ORIGINS, allow_credentials=True)
