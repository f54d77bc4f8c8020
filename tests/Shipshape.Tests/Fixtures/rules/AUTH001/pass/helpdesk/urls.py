from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.urls import include, path

from tickets import views

urlpatterns = [
    path('admin/', admin.site.urls),
    path('tickets/', include(('tickets.urls', 'tickets'))),
    path('accounts/', include('allauth.urls')),
    path('export/', login_required(views.export_tickets)),
]
