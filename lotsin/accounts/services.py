"""Writes for sign-in settings and API tokens; every one is audited."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from lotsin.accounts.models import ApiToken, User
from lotsin.core import audit
from lotsin.core.models import Membership, Organization
from lotsin.core.scoping import scopes_disabled

TOKEN_PREFIX = "lotsin"


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True)
class NewToken:
    token: ApiToken
    plaintext: str  # shown once, never stored


def create_token(
    *, user: User, organization: Organization, name: str, days: int | None = None
) -> NewToken:
    """Create a token for `user` in `organization`; the plaintext is returned only here."""
    days = days or settings.API_TOKEN_DEFAULT_DAYS
    if not 1 <= days <= 366:
        raise ValueError("a token lives between 1 and 366 days")
    prefix = secrets.token_hex(4)
    secret = secrets.token_urlsafe(32)
    with transaction.atomic():
        token = ApiToken.objects.create(
            organization=organization,
            user=user,
            name=name,
            prefix=prefix,
            key_hash=_hash(secret),
            expires_at=timezone.now() + timedelta(days=days),
        )
        audit.record(
            action="accounts.token.created",
            organization=organization,
            actor=user,
            target=token,
            data={"name": name, "days": days},
        )
    return NewToken(token=token, plaintext=f"{TOKEN_PREFIX}_{prefix}_{secret}")


def revoke_token(*, token: ApiToken, actor: User) -> None:
    if token.revoked_at is not None:
        return
    with transaction.atomic():
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit.record(
            action="accounts.token.revoked",
            organization=token.organization,
            actor=actor,
            target=token,
            data={"name": token.name},
        )


class TokenError(Exception):
    """Why a presented token was refused (said to the API client as a 401 reason)."""


def authenticate_token(raw: str) -> ApiToken:
    """Resolve a presented token or raise TokenError with the reason."""
    parts = raw.split("_", 2)
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX:
        raise TokenError("malformed token")
    # Reviewed: the token decides which organisation's scope the request enters.
    with scopes_disabled():
        token = (
            ApiToken.objects.select_related("user", "organization").filter(prefix=parts[1]).first()
        )
        if token is None or not hmac.compare_digest(token.key_hash, _hash(parts[2])):
            raise TokenError("invalid token")
        if token.revoked_at is not None:
            raise TokenError("token revoked")
        if token.expires_at <= timezone.now():
            raise TokenError("token expired")
        if (
            not token.user.is_active
            or not Membership.objects.filter(
                user=token.user, organization=token.organization
            ).exists()
        ):
            raise TokenError("token owner is no longer a member")
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token


# Two-factor sign-in (TOTP through django-otp)


def confirmed_device(user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()  # type: ignore[return-value]


def start_totp_setup(*, user: User) -> TOTPDevice:
    """An unconfirmed device; it counts only after the first correct code."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


def confirm_totp(
    *, user: User, device: TOTPDevice, code: str, organization: Organization | None
) -> bool:
    if not device.verify_token(code):
        return False
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user, confirmed=True).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        if organization is not None:
            audit.record(
                action="accounts.two_factor.enabled",
                organization=organization,
                actor=user,
                target=user,
            )
    return True


def disable_totp(*, user: User, organization: Organization | None) -> None:
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        if organization is not None:
            audit.record(
                action="accounts.two_factor.disabled",
                organization=organization,
                actor=user,
                target=user,
            )


def set_language(*, user: User, language: str) -> None:
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"unsupported language {language!r}")
    User.objects.filter(pk=user.pk).update(language=language)
    user.language = language
