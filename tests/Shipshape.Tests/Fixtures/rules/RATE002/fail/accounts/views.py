from django.contrib.auth import authenticate, login
from django.contrib.auth.forms import UserCreationForm
from django.shortcuts import redirect, render
from django.views.generic import CreateView


def signin(request):  # expect: RATE002
    if request.method == 'POST':
        user = authenticate(request, username=request.POST['username'], password=request.POST['password'])
        if user is not None:
            login(request, user)
            return redirect('/')
    return render(request, 'accounts/signin.html')


class SignUp(CreateView):  # expect: RATE002
    form_class = UserCreationForm
    success_url = '/signin/'
