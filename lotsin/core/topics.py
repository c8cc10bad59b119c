"""The ten topic codes of the triage contract, shared by the knowledge base, directory and inbox."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Topic(models.TextChoices):
    WORK = "work", _("Work")
    JOBCENTRE = "jobcentre", _("Jobcenter and benefits")
    RESIDENCE = "residence", _("Residence")
    RECOGNITION = "recognition", _("Recognition of qualifications")
    LANGUAGE = "language", _("German courses")
    EDUCATION = "education", _("Education and training")
    CHILDCARE = "childcare", _("Children and childcare")
    HOUSING = "housing", _("Housing")
    HEALTH = "health", _("Health")
    VIOLENCE = "violence", _("Violence and protection")


def topic_labels(codes: object) -> str:
    """Topic codes as words of the active language, comma-separated (unknown codes as they are)."""
    if not isinstance(codes, list | tuple):
        return ""
    return ", ".join(str(Topic(c).label) if c in Topic.values else str(c) for c in codes)
