from django.http import HttpResponse
from django.views import View
from django.views.decorators.http import require_POST


@require_POST
def payment_webhook(request):
    return HttpResponse('ok')


class InboundMail(View):
    def post(self, request):
        return HttpResponse('ok')
