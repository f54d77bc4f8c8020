from django.urls import path, re_path

from . import views
from .api import TicketApi, TicketSummary

urlpatterns = [
    path('close/<int:pk>/', views.close_ticket),
    path('reply/<int:pk>/', views.reply),
    path('comment/<int:pk>/', views.comment),
    path('new/', views.TicketCreate.as_view()),
    path('<int:pk>/edit/', views.TicketUpdate.as_view()),
    path('<int:pk>/assign/', views.AssignTicket.as_view()),
    path('<int:pk>/delete/', views.TicketDelete.as_view()),
    path('<int:pk>/view/', views.TicketView.as_view()),
    re_path(r'^list/$', views.TicketList.as_view()),
    path('api/tickets/<int:pk>/', TicketApi.as_view()),
    path('api/summary/', TicketSummary.as_view()),
]
