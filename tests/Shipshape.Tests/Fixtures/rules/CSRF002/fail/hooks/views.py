from django.http import HttpResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt  # expect: CSRF002
@require_POST
def payment_webhook(request):
    return HttpResponse('ok')


@method_decorator(csrf_exempt, name='dispatch')  # expect: CSRF002
class InboundMail(View):
    def post(self, request):
        return HttpResponse('ok')
