from rest_framework import viewsets
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from tickets.models import Ticket


class TicketApi(APIView):  # expect: AUTH001
    permission_classes = [AllowAny]

    def get(self, request, pk):
        return Response({'id': pk})

    def delete(self, request, pk):
        Ticket.objects.filter(pk=pk).delete()
        return Response(status=204)


class TicketViewSet(viewsets.ModelViewSet):  # expect: AUTH001
    queryset = Ticket.objects.all()
