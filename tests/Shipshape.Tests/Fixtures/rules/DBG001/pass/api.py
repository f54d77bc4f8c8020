from fastapi import FastAPI

from settings import settings

api = FastAPI(debug=settings.DEBUG)
