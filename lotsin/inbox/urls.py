from django.urls import path

from lotsin.inbox import views

app_name = "inbox"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("posts/<uuid:public_id>/", views.post_detail, name="post"),
    path("posts/<uuid:public_id>/act/", views.post_act, name="post_act"),
    path("posts/<uuid:public_id>/reply/", views.post_reply, name="post_reply"),
    path("channels/", views.channels, name="channels"),
    path("channels/<uuid:public_id>/", views.channel_detail, name="channel"),
]
