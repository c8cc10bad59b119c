"""Isolation cases of the accounts app (see lotsin.core.isolation)."""

from lotsin.accounts.models import ApiToken, User
from lotsin.accounts.services import create_token
from lotsin.core.isolation import IsolationCase, register
from lotsin.core.models import Role
from lotsin.core.services import add_membership


def _token(org):  # type: ignore[no-untyped-def]
    user = User.objects.create(username=f"token-owner-{org.slug}")
    add_membership(organization=org, user=user, role=Role.ADVISOR)
    return create_token(user=user, organization=org, name="other org").token


register(IsolationCase(model=ApiToken, make=_token, ui=[("accounts:token_revoke", "post")]))
