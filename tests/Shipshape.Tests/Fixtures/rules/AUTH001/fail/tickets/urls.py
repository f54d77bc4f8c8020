from django.urls import path, re_path
from django.views.decorators.csrf import csrf_exempt
from rest_framework.routers import DefaultRouter

from . import views
from .api import TicketApi, TicketViewSet

urlpatterns = [
    path('close/<int:pk>/', views.close_ticket),
    path('reply/<int:pk>/', views.reply),
    path('new/', views.TicketCreate.as_view()),
    path('<int:pk>/assign/', views.AssignTicket.as_view()),
    path('<int:pk>/delete/', views.TicketDelete.as_view()),
    path('admin-tools/', views.admin_dashboard),
    re_path(r'^hook/$', csrf_exempt(views.webhook)),
    path('api/tickets/<int:pk>/', TicketApi.as_view()),
    path('api/bulk/', TicketViewSet.as_view({'post': 'create'})),
    path('list/', views.TicketList.as_view()),
]
