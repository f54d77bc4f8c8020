from django.contrib.auth import authenticate, login
from django.contrib.auth.forms import UserCreationForm
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.views.generic import CreateView
from django_ratelimit.decorators import ratelimit


@ratelimit(key='ip', rate='5/m', block=True)
def signin(request):
    if request.method == 'POST':
        user = authenticate(request, username=request.POST['username'], password=request.POST['password'])
        if user is not None:
            login(request, user)
            return redirect('/')
    return render(request, 'accounts/signin.html')


@method_decorator(ratelimit(key='ip', rate='10/h', method='POST', block=True), name='post')
class SignUp(CreateView):
    form_class = UserCreationForm
    success_url = '/signin/'
