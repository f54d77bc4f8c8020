from django.contrib.auth.views import LoginView
from django.urls import path

from accounts import views

urlpatterns = [
    path('signin/', views.signin),
    path('signup/', views.SignUp.as_view()),
    path('staff-login/', LoginView.as_view()),
]
