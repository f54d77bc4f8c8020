from django.urls import path

from hooks import views

urlpatterns = [
    path('payment/', views.payment_webhook),
    path('inbound/', views.InboundMail.as_view()),
]
