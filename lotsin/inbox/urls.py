from django.urls import path

from lotsin.inbox import capture_views, measures_views, views, work_views

app_name = "inbox"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("posts/new/", capture_views.post_new, name="post_new"),
    path("posts/<uuid:public_id>/", views.post_detail, name="post"),
    path("posts/<uuid:public_id>/act/", views.post_act, name="post_act"),
    path("posts/<uuid:public_id>/reply/", views.post_reply, name="post_reply"),
    path("posts/<uuid:public_id>/contact/", work_views.contact_create, name="contact_create"),
    path("replies/", work_views.reply_list, name="replies"),
    path("replies/<uuid:public_id>/decide/", work_views.reply_decide, name="reply_decide"),
    path("contacts/", work_views.contact_list, name="contacts"),
    path("contacts/<uuid:public_id>/close/", work_views.contact_close, name="contact_close"),
    path("duty/", work_views.duty, name="duty"),
    path("alerts/", work_views.alerts, name="alerts"),
    path("settings/", work_views.inbox_settings, name="settings"),
    path("measures/", measures_views.measures, name="measures"),
    path("channels/", views.channels, name="channels"),
    path("channels/<uuid:public_id>/", views.channel_detail, name="channel"),
]
