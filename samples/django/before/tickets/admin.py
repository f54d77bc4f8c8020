from django.contrib import admin

from tickets.models import Ticket


@admin.register(Ticket)
class TicketAdmin(admin.ModelAdmin):
    list_display = ('id', 'subject', 'email', 'priority', 'resolved', 'created_at')
    list_filter = ('priority', 'resolved')
    search_fields = ('subject', 'email')
