"""A FastAPI app under uvicorn: JSON API, CORS allowing every origin with credentials, a health
endpoint that checks nothing, a token endpoint without a rate limit.

Usage: python3 -m uvicorn --host 127.0.0.1 --port PORT fastapi_app:app
"""
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"])


class Credentials(BaseModel):
    username: str
    password: str


@app.get("/")
def index():
    return {"service": "yoga-classes"}


@app.get("/health")
def health():
    return {"status": "ok"}


@app.post("/token")
def token(credentials: Credentials):
    return {"detail": "invalid credentials"}
