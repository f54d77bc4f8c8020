import secrets

sessions = {}  # expect: DATA004
audit_events = []  # expect: DATA004


def login(username):
    token = secrets.token_urlsafe()
    sessions[token] = username
    audit_events.append(("login", username))
    return token
