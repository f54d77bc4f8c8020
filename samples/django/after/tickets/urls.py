from django.urls import path

from tickets import views

app_name = 'tickets'
urlpatterns = [
    path('', views.new_ticket, name='new'),
    path('queue/', views.ticket_list, name='queue'),
]
