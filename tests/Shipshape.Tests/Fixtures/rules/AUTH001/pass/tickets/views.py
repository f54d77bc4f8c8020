from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, ListView, UpdateView

from tickets.mixins import StaffOnlyMixin, TicketDeleteBase
from tickets.models import Ticket


@login_required
@require_POST
def close_ticket(request, pk):
    Ticket.objects.filter(pk=pk).update(resolved=True)
    return redirect('/tickets/list/')


@permission_required('tickets.add_reply')
def reply(request, pk):
    if request.method == 'POST':
        Ticket.objects.get(pk=pk).replies.create(body=request.POST['body'])
    return render(request, 'tickets/reply.html')


def comment(request, pk):
    if not request.user.is_authenticated:
        return redirect('/accounts/login/')
    if request.method == 'POST':
        Ticket.objects.get(pk=pk).comments.create(body=request.POST['body'])
    return render(request, 'tickets/comment.html')


class TicketCreate(LoginRequiredMixin, CreateView):
    model = Ticket
    fields = ['subject', 'body']


@method_decorator(login_required, name='dispatch')
class TicketUpdate(UpdateView):
    model = Ticket
    fields = ['subject', 'body']


class AssignTicket(View):
    def get(self, request, pk):
        return render(request, 'tickets/assign.html')

    @method_decorator(staff_member_required)
    def post(self, request, pk):
        Ticket.objects.filter(pk=pk).update(assignee=request.POST['who'])
        return redirect('/tickets/list/')


class TicketDelete(StaffOnlyMixin, TicketDeleteBase):
    success_url = '/tickets/list/'


class TicketView(UpdateView):
    """Read-only: only GET is allowed, so the edit handlers never run."""
    model = Ticket
    fields = ['subject']
    http_method_names = ['get']


class TicketList(ListView):
    model = Ticket


def export_tickets(request):
    if request.method == 'POST':
        return HttpResponse(Ticket.objects.count())
    return render(request, 'tickets/export.html')
