from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from lotsin.accounts.models import User


@admin.register(User)
class LotsinUserAdmin(UserAdmin):  # type: ignore[type-arg]
    fieldsets = (*UserAdmin.fieldsets, ("Lotsin", {"fields": ("language",)}))  # type: ignore[misc]
