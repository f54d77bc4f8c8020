from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views import View
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, DeleteView, ListView

from tickets.mixins import AuditMixin
from tickets.models import Ticket


@require_POST
def close_ticket(request, pk):  # expect: AUTH001
    Ticket.objects.filter(pk=pk).update(resolved=True)
    return redirect('/tickets/list/')


def reply(request, pk):  # expect: AUTH001
    if request.method == 'POST':
        Ticket.objects.get(pk=pk).replies.create(body=request.POST['body'])
        return redirect('/tickets/list/')
    return render(request, 'tickets/reply.html')


class TicketCreate(CreateView):  # expect: AUTH001
    model = Ticket
    fields = ['subject', 'body']


class AssignTicket(View):  # expect: AUTH001
    def get(self, request, pk):
        return render(request, 'tickets/assign.html')

    def post(self, request, pk):
        Ticket.objects.filter(pk=pk).update(assignee=request.POST['who'])
        return redirect('/tickets/list/')


class TicketDelete(AuditMixin, DeleteView):  # expect: AUTH001
    model = Ticket
    success_url = '/tickets/list/'


def admin_dashboard(request):  # expect: AUTH001
    return render(request, 'tickets/admin.html', {'open': Ticket.objects.count()})


def webhook(request):  # expect: AUTH001
    Ticket.objects.create(subject='hook', body=request.body.decode())
    return JsonResponse({'ok': True})


class TicketList(ListView):
    model = Ticket
