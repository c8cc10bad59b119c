"""The advisors' work around the queue: replies waiting for a lawyer, first contacts to follow
up, who is on duty, the in-app crisis alert, and which topics count as legal."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lotsin.core.access import active_organization, get_for_member, member_required
from lotsin.core.models import Role
from lotsin.inbox import contacts, crisis, replies, services
from lotsin.inbox.errors import InboxError
from lotsin.inbox.forms import FirstContactForm, LegalTopicsForm
from lotsin.inbox.models import FirstContact, Post, Reply, ReplyStatus, SentVia
from lotsin.inbox.views import CHANNEL_ROLES, INBOX_ROLES


@member_required(INBOX_ROLES)
def reply_list(request: HttpRequest) -> HttpResponse:
    org = active_organization(request)
    waiting = (
        Reply.objects.filter(organization=org, status=ReplyStatus.AWAITING_APPROVAL)
        .select_related("post__channel", "author")
        .order_by("created_at")
    )
    return render(request, "inbox/reply_list.html", {"replies": waiting})


@member_required(INBOX_ROLES)
@require_POST
def reply_decide(request: HttpRequest, public_id: str) -> HttpResponse:
    reply = get_for_member(request, Reply, public_id)
    decision, note = request.POST.get("decision", ""), request.POST.get("note", "")
    actor = request.user
    try:
        if decision == "approve":
            replies.approve_reply(actor=actor, reply=reply, note=note)  # type: ignore[arg-type]
            messages.success(request, _("Reply approved."))
        elif decision == "send_back":
            replies.send_back_reply(actor=actor, reply=reply, note=note)  # type: ignore[arg-type]
            messages.success(request, _("Reply sent back."))
        elif decision == "sent":
            replies.mark_sent(actor=actor, reply=reply, sent_via=SentVia.COPIED)  # type: ignore[arg-type]
            messages.success(request, _("Reply recorded."))
        else:
            raise InboxError(_("Unknown decision."))
    except InboxError as error:
        messages.error(request, error.message)
    return redirect("inbox:post", public_id=reply.post.public_id)


@member_required(INBOX_ROLES | {Role.COACH})  # coaches take first contacts up as cases
def contact_list(request: HttpRequest) -> HttpResponse:
    org = active_organization(request)
    return render(
        request,
        "inbox/contact_list.html",
        {"contacts": contacts.open_contacts(org), "today": timezone.localdate()},
    )


@member_required(INBOX_ROLES)
@require_POST
def contact_create(request: HttpRequest, public_id: str) -> HttpResponse:
    post = get_for_member(request, Post, public_id)
    form = FirstContactForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect("inbox:post", public_id=post.public_id)
    try:
        contacts.create_first_contact(
            actor=request.user,  # type: ignore[arg-type]
            post=post,
            follow_up_on=form.cleaned_data["follow_up_on"],
            note=form.cleaned_data["note"],
        )
    except InboxError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("First contact saved; you get a reminder on the date."))
    return redirect("inbox:post", public_id=post.public_id)


@member_required(INBOX_ROLES)
@require_POST
def contact_close(request: HttpRequest, public_id: str) -> HttpResponse:
    contact = get_for_member(request, FirstContact, public_id)
    try:
        contacts.close_first_contact(
            actor=request.user,  # type: ignore[arg-type]
            contact=contact,
            status=request.POST.get("status", ""),
        )
    except InboxError as error:
        messages.error(request, error.message)
    return redirect("inbox:contacts")


@member_required(INBOX_ROLES)
@require_POST
def duty(request: HttpRequest) -> HttpResponse:
    on_duty = request.POST.get("on_duty") == "1"
    services.set_duty(
        actor=request.user,  # type: ignore[arg-type]
        organization=active_organization(request),
        on_duty=on_duty,
    )
    messages.success(
        request,
        _("You are on duty: crisis alerts come to you.") if on_duty else _("You are off duty."),
    )
    return redirect("inbox:queue")


@member_required(INBOX_ROLES)
def alerts(request: HttpRequest) -> HttpResponse:
    """The crisis banner every inbox page polls for (visual only, never a sound)."""
    count = crisis.open_crises(active_organization(request)).count()
    return render(request, "inbox/_crisis_alert.html", {"open_crisis_count": count})


@member_required(CHANNEL_ROLES)
def inbox_settings(request: HttpRequest) -> HttpResponse:
    org = active_organization(request)
    form = LegalTopicsForm(
        request.POST or None, initial={"legal_topics": replies.legal_topics(org)}
    )
    if request.method == "POST" and form.is_valid():
        replies.set_legal_topics(
            actor=request.user,  # type: ignore[arg-type]
            organization=org,
            topics=form.cleaned_data["legal_topics"],
        )
        messages.success(request, _("Settings saved."))
        return redirect("inbox:settings")
    return render(request, "inbox/settings.html", {"form": form})
