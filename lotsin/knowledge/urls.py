from django.urls import path

from lotsin.knowledge.views import answers, claims, review

app_name = "knowledge"

urlpatterns = [
    path("", answers.answer_list, name="answers"),
    path("new/", answers.answer_new, name="answer_new"),
    path("review/", review.review_queue, name="review_queue"),
    path("answers/<uuid:public_id>/", answers.answer_detail, name="answer"),
    path("answers/<uuid:public_id>/new-version/", answers.new_version, name="new_version"),
    path("versions/<uuid:public_id>/", review.version_detail, name="version"),
    path("versions/<uuid:public_id>/edit/", answers.version_edit, name="version_edit"),
    path("versions/<uuid:public_id>/act/", review.version_act, name="version_act"),
    path("versions/<uuid:public_id>/check/", answers.check_text, name="check_text"),
    path("versions/<uuid:public_id>/translate/", answers.translate_pick, name="translate_pick"),
    path(
        "versions/<uuid:public_id>/translate/<str:language>/",
        answers.translate,
        name="translate",
    ),
    path("texts/<uuid:public_id>/", review.text_detail, name="text"),
    path("texts/<uuid:public_id>/act/", review.text_act, name="text_act"),
    path("answers/<uuid:public_id>/use/", answers.record_use, name="record_use"),
    path("uses/<uuid:public_id>/corrected/", review.use_corrected, name="use_corrected"),
    path("claims/", claims.claim_list, name="claims"),
    path("claims/new/", claims.claim_edit, name="claim_new"),
    path("claims/<uuid:public_id>/", claims.claim_detail, name="claim"),
    path("claims/<uuid:public_id>/edit/", claims.claim_edit, name="claim_edit"),
    path("claims/<uuid:public_id>/delete/", claims.claim_delete, name="claim_delete"),
]
