FROM python:3.12
USER root
ENTRYPOINT python app.py
