import logging

from django.views.generic.base import ContextMixin

log = logging.getLogger(__name__)


class AuditMixin(ContextMixin):
    """Logs every request: not an access check."""

    def dispatch(self, request, *args, **kwargs):
        log.info('%s %s', request.method, request.path)
        return super().dispatch(request, *args, **kwargs)
