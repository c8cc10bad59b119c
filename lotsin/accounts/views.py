from __future__ import annotations

import base64

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from lotsin.accounts import services
from lotsin.accounts.forms import LanguageForm, SignInForm, TokenForm, TotpCodeForm
from lotsin.accounts.models import ApiToken
from lotsin.core.access import active_organization, get_for_member, member_required

SETUP_SESSION_KEY = "lotsin_totp_setup"


def _set_language_cookie(response: HttpResponse, language: str) -> HttpResponse:
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=False,
    )
    return response


class SignInView(auth_views.LoginView):
    form_class = SignInForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form: SignInForm) -> HttpResponse:
        response = super().form_valid(form)
        language = form.get_user().language
        return _set_language_cookie(response, language) if language else response


def _safe_next(request: HttpRequest, fallback: str = "/") -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    ok = url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
    return target if ok else fallback


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Switch the UI language; remembered on the account and in a cookie."""
    form = LanguageForm(request.POST)
    if not form.is_valid():
        return HttpResponse(_("Unknown language."), status=400)
    language = form.cleaned_data["language"]
    if request.user.is_authenticated:
        services.set_language(user=request.user, language=language)  # type: ignore[arg-type]
    return _set_language_cookie(HttpResponseRedirect(_safe_next(request)), language)


@login_required
def security(request: HttpRequest) -> HttpResponse:
    org = getattr(request, "organization", None)
    tokens = ApiToken.objects.filter(user=request.user) if org else ApiToken.objects.none()
    return render(
        request,
        "accounts/security.html",
        {
            "has_device": services.confirmed_device(request.user) is not None,  # type: ignore[arg-type]
            "required": bool(org and org.requires_2fa_for(request.roles)),  # type: ignore[attr-defined]
            "tokens": tokens,
            "token_form": TokenForm(),
            "language_form": LanguageForm(initial={"language": request.LANGUAGE_CODE}),
        },
    )


@login_required
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    device = TOTPDevice.objects.filter(
        user=request.user, confirmed=False, pk=request.session.get(SETUP_SESSION_KEY)
    ).first()
    if device is None:
        device = services.start_totp_setup(user=request.user)  # type: ignore[arg-type]
        request.session[SETUP_SESSION_KEY] = device.pk
    form = TotpCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        org = getattr(request, "organization", None)
        if services.confirm_totp(
            user=request.user,
            device=device,  # type: ignore[arg-type]
            code=form.cleaned_data["code"],
            organization=org,
        ):
            otp_login(request, device)
            request.session.pop(SETUP_SESSION_KEY, None)
            messages.success(request, _("Two-factor sign-in is on."))
            return redirect("accounts:security")
        form.add_error(
            "code", _("This code is not right. Check the time on your phone and try again.")
        )
    qr = segno.make(device.config_url, error="m").svg_inline(scale=5, dark="#111", light="#fff")
    secret = base64.b32encode(device.bin_key).decode()
    return render(
        request, "accounts/two_factor_setup.html", {"form": form, "qr_svg": qr, "secret": secret}
    )


@login_required
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    device = services.confirmed_device(request.user)  # type: ignore[arg-type]
    if device is None:
        return redirect("accounts:two_factor_setup")
    form = TotpCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            otp_login(request, device)
            return redirect(_safe_next(request, str(reverse_lazy("core:home"))))
        form.add_error(
            "code", _("This code is not right. Check the time on your phone and try again.")
        )
    return render(request, "accounts/two_factor_verify.html", {"form": form})


@login_required
@require_POST
def two_factor_disable(request: HttpRequest) -> HttpResponse:
    org = getattr(request, "organization", None)
    if org is not None and org.requires_2fa_for(request.roles):  # type: ignore[attr-defined]
        messages.error(request, _("Your organisation requires two-factor sign-in for your role."))
    else:
        services.disable_totp(user=request.user, organization=org)  # type: ignore[arg-type]
        messages.success(request, _("Two-factor sign-in is off."))
    return redirect("accounts:security")


@member_required()
@require_POST
def token_create(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "accounts/security.html",
            {
                "token_form": form,
                "tokens": ApiToken.objects.filter(user=request.user),
                "has_device": services.confirmed_device(request.user) is not None,  # type: ignore[arg-type]
                "language_form": LanguageForm(initial={"language": request.LANGUAGE_CODE}),
            },
            status=400,
        )
    new = services.create_token(
        user=request.user,
        organization=active_organization(request),  # type: ignore[arg-type]
        name=form.cleaned_data["name"],
        days=form.cleaned_data["days"],
    )
    return render(
        request, "accounts/token_created.html", {"token": new.token, "plaintext": new.plaintext}
    )


@member_required()
@require_POST
def token_revoke(request: HttpRequest, public_id: str) -> HttpResponse:
    token = get_for_member(request, ApiToken, public_id)
    if token.user_id != request.user.pk:
        raise Http404("not found")
    services.revoke_token(token=token, actor=request.user)  # type: ignore[arg-type]
    messages.success(request, _("The token %(name)s no longer works.") % {"name": token.name})
    return redirect("accounts:security")
