# syntax=docker/dockerfile:1.6
# escape=\
ARG PYTHON_VERSION=3.12
ARG APP_USER=appuser

FROM python:${PYTHON_VERSION}-slim AS builder
RUN pip install --upgrade pip && \
    # comment lines inside a continuation are dropped
    pip wheel -r requirements.txt \
        --wheel-dir /wheels

FROM builder AS app
ARG APP_USER
ENV HOME=/home/${APP_USER} PORT=8000
RUN useradd --create-home ${APP_USER}
USER ${APP_USER}
COPY --from=builder --chown=appuser:appuser /wheels /wheels
HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:${PORT}/health || exit 1
EXPOSE 8000
VOLUME ["/data", "/uploads"]
CMD ["gunicorn", "-w", "4", "-b", "0.0.0.0:8000", "app:app"]
