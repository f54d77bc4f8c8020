FROM python:latest
WORKDIR /app
ENV FLASK_DEBUG=1 SECRET_KEY="hunter2-not-secret"
COPY . .
HEALTHCHECK NONE
CMD python app.py
