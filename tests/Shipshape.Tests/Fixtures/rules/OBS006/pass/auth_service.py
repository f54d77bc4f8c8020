import logging

logger = logging.getLogger(__name__)


def authenticate(user, password):
    logger.info("login attempt for user id %s", user.id)
    logger.info("password length policy is %d", password_length)
    logger.info("token type %s expires in %s", token_type, token_expiry)
    logger.exception("login failed for user %s", user.id, exc_info=True)


def trace(kind, value):
    import token
    logger.debug("%s %r", token.tok_name[kind], value)
