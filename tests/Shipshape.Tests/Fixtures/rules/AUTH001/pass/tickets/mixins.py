from django.contrib.auth.mixins import UserPassesTestMixin
from django.views.generic import DeleteView

from tickets.models import Ticket


class StaffOnlyMixin(UserPassesTestMixin):
    def test_func(self):
        return self.request.user.is_staff


class TicketDeleteBase(DeleteView):
    model = Ticket
