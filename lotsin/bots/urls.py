from django.urls import path

from lotsin.bots import views

app_name = "bots"

urlpatterns = [
    path("telegram/", views.telegram_page, name="telegram"),
    path("telegram/disconnect/<uuid:public_id>/", views.disconnect, name="disconnect"),
    path("telegram/chats/<uuid:public_id>/bind/", views.bind, name="bind"),
    path("telegram/posts/<uuid:public_id>/reply/", views.post_reply, name="post_reply"),
    path(
        "telegram/replies/<uuid:public_id>/post/",
        views.post_approved_reply,
        name="post_approved_reply",
    ),
    # Telegram's calls: the secret in the path finds the bot, the header proves it is Telegram.
    path("telegram/<str:secret>/", views.webhook, name="webhook"),
]
