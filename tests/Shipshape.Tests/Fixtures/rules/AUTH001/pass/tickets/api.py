from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from tickets.models import Ticket


class TicketApi(APIView):
    permission_classes = [IsAuthenticated]

    def delete(self, request, pk):
        Ticket.objects.filter(pk=pk).delete()
        return Response(status=204)


class TicketSummary(APIView):
    """No permission_classes: REST_FRAMEWORK's DEFAULT_PERMISSION_CLASSES (IsAuthenticated) applies."""

    def post(self, request):
        return Response({'open': Ticket.objects.count()})
