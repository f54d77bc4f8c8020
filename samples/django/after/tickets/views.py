from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from tickets.forms import TicketForm
from tickets.models import Ticket


def new_ticket(request):
    if request.method == 'POST':
        form = TicketForm(request.POST)
        if form.is_valid():
            ticket = form.save()
            messages.success(request, f'Ticket #{ticket.pk} received. We will reply to {ticket.email}.')
            return redirect('tickets:new')
    else:
        form = TicketForm()
    return render(request, 'tickets/ticket_form.html', {'form': form})


@login_required
def ticket_list(request):
    tickets = Ticket.objects.filter(resolved=False)[:100]
    return render(request, 'tickets/ticket_list.html', {'tickets': tickets})
