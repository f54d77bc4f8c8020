import logging

from flask import current_app, request

logger = logging.getLogger(__name__)


def authenticate(email, password):
    logger.info("login attempt email=%s password=%s", email, password)  # expect: OBS006
    logging.debug("token issued: %s", issue_token().access_token)  # expect: OBS006
    current_app.logger.warning("bad request body %s", request.form)  # expect: OBS006
    logger.error(f"reset failed for {user['api_key']}")  # expect: OBS006
