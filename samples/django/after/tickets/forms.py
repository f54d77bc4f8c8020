from django import forms

from tickets.models import Ticket


class TicketForm(forms.ModelForm):
    class Meta:
        model = Ticket
        fields = ['email', 'subject', 'body', 'priority']
        widgets = {'body': forms.Textarea(attrs={'rows': 8})}
