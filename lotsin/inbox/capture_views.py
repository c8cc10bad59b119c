"""The new-post form: paste a message, or share it to Lotsin from WhatsApp or Facebook (the web
app's share target opens this page with `?text=&url=&title=`)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from lotsin.core.access import active_organization, get_for_member, member_required
from lotsin.inbox import capture
from lotsin.inbox.capture_forms import CaptureForm, now_to_the_minute
from lotsin.inbox.models import Channel
from lotsin.inbox.services import InboxError
from lotsin.inbox.views import INBOX_ROLES

# Where a refusal of the service belongs in the form (InboxError.code).
ERROR_FIELDS = {"text": "text", "time": "posted_at"}
SAVED_TAG = "capture-saved"  # pwa.js clears the draft kept on the phone when it sees this


@member_required(INBOX_ROLES)
def post_new(request: HttpRequest) -> HttpResponse:
    org = active_organization(request)
    recent = capture.list_recent_channels(organization=org, user=request.user)  # type: ignore[arg-type]
    others = [c for c in Channel.objects.filter(organization=org) if c not in recent]
    choices = {"recent": recent, "others": others}
    if request.method == "POST":
        form = CaptureForm(request.POST, **choices)
        if form.is_valid():
            channel = get_for_member(request, Channel, form.cleaned_data["channel"])
            try:
                post, created = capture.capture_post(
                    actor=request.user,  # type: ignore[arg-type]
                    channel=channel,
                    text=form.cleaned_data["text"],
                    posted_at=form.cleaned_data["posted_at"],
                    author=form.cleaned_data["author"] or None,
                    token=form.cleaned_data["token"],
                )
            except InboxError as error:
                form.add_error(ERROR_FIELDS.get(error.code), error.message)
            else:
                if created:
                    messages.success(request, _("Post saved."), extra_tags=SAVED_TAG)
                else:
                    messages.info(request, _("This post was saved already."), extra_tags=SAVED_TAG)
                return redirect("inbox:post", public_id=post.public_id)
        shared = False
    else:
        chosen = None
        if request.GET.get("channel"):  # "new post in this channel" links
            chosen = get_for_member(request, Channel, request.GET["channel"])
        elif recent or len(others) == 1:
            chosen = (recent or others)[0]
        text = capture.shared_text(
            title=request.GET.get("title", ""),
            text=request.GET.get("text", ""),
            url=request.GET.get("url", ""),
        )
        shared = bool(text)
        form = CaptureForm(
            initial={
                "channel": str(chosen.public_id) if chosen else "",
                "text": text,
                "posted_at": now_to_the_minute(),
                "token": capture.new_token(),
            },
            **choices,
        )
    return render(
        request,
        "inbox/post_new.html",
        {
            "form": form,
            "has_channels": bool(recent or others),
            # A draft kept on the phone comes back only into an empty form, never over a share.
            "restore_draft": request.method != "POST" and not shared,
        },
    )
