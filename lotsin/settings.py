"""Lotsin settings: one module, read from the environment only (fail loud on bad values)."""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("LOTSIN_VAR_DIR", BASE_DIR / "var"))


def env_str(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"Environment variable {name} is required")
    return value


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, got {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {raw!r}") from exc


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _development_secret(
    path: Path, make: Callable[[], str] = lambda: secrets.token_urlsafe(50)
) -> str:
    """A secret generated once per checkout so that development needs no set-up. Created
    exclusively, so that processes starting together end up with the same one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as f:
            f.write(make())
    for _attempt in range(50):  # another process may be writing it this very moment
        if value := path.read_text().strip():
            return value
        time.sleep(0.01)
    raise ImproperlyConfigured(f"{path} is empty: delete it or set the key in the environment")


def _development_fernet_key(path: Path) -> str:
    """A Fernet key (32 random bytes, url-safe base64) generated once per checkout."""
    return _development_secret(
        path, lambda: base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()
    )


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY") or _development_secret(VAR_DIR / "secret_key")
# Keyed hash for social-media authors (PRODUCT.md, data protection); derived per organisation.
LOTSIN_PSEUDONYM_KEY = os.environ.get("LOTSIN_PSEUDONYM_KEY") or _development_secret(
    VAR_DIR / "pseudonym_key"
)
# Credentials at rest (lotsin.core.encryption): Fernet keys, the first encrypts, all decrypt.
LOTSIN_ENCRYPTION_KEYS = env_list("LOTSIN_ENCRYPTION_KEYS") or [
    _development_fernet_key(VAR_DIR / "encryption_key")
]
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "template_partials",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "lotsin.core",
    "lotsin.accounts",
    "lotsin.knowledge",
    "lotsin.directory",
    "lotsin.inbox",
    "lotsin.bots",
    "lotsin.cases",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "lotsin.core.nul_bytes.RejectNulBytesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "lotsin.accounts.middleware.ApiTokenMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "lotsin.core.middleware.OrganizationScopeMiddleware",
    "lotsin.accounts.middleware.RequireTwoFactorMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lotsin.urls"
WSGI_APPLICATION = "lotsin.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "accounts:login"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "lotsin" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "lotsin.core.context_processors.shell",
                "lotsin.inbox.context_processors.crisis_alert",
            ],
        },
    }
]

DATABASE_URL = os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'lotsin.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 0), conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    # A file, not memory, so that a worker process in the task tests sees the same database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Our queries are short lookups on indexes; PostgreSQL's JIT compiles the few it estimates
    # as expensive and spends seconds doing it (the coordinator's case list at 50,000 rows).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The queue's covering index carries extra columns on PostgreSQL (INCLUDE); SQLite builds it
# without them, which is all it needs at its scale.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

# Background tasks: the database backend by default, RQ over Redis when REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL", "")
TASK_BACKEND = os.environ.get("LOTSIN_TASK_BACKEND", "rq" if REDIS_URL else "database")
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "dummy": "django_tasks.backends.dummy.DummyBackend",
}
if TASK_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"LOTSIN_TASK_BACKEND must be one of {', '.join(_TASK_BACKENDS)}, got {TASK_BACKEND!r}"
    )
if TASK_BACKEND == "rq" and not REDIS_URL:
    raise ImproperlyConfigured("LOTSIN_TASK_BACKEND=rq needs REDIS_URL")
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASK_BACKEND], "QUEUES": ["default"]}}
RQ_QUEUES = {"default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0", "DEFAULT_TIMEOUT": 3600}}

# Rendered queue pages (lotsin.inbox.queue_cache): shared by all web processes through Redis
# when there is one, else kept per process. TIMEOUT is a page's longest life in seconds.
QUEUE_PAGE_SECONDS = 20
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "queue_pages": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            # Pages of one database only: installations sharing a Redis never meet.
            "KEY_PREFIX": "lotsin-" + hashlib.sha256(DATABASE_URL.encode()).hexdigest()[:12],
            "TIMEOUT": QUEUE_PAGE_SECONDS,
            # A Redis that stops answering must not hold the queue up (queue_cache renders
            # without it then).
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "queue-pages",
            "TIMEOUT": QUEUE_PAGE_SECONDS,
            "OPTIONS": {"MAX_ENTRIES": 500},
        }
    ),
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages of the UI. Adding one: see docs/languages.md.
LANGUAGE_CODE = env_str("LOTSIN_DEFAULT_LANGUAGE", "de")
LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
    ("tr", _("Turkish")),
]
LANGUAGES_BIDI = ["ar", "fa", "he", "ur", "ps", "ckb"]
LOCALE_PATHS = [BASE_DIR / "lotsin" / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("TIME_ZONE", "Europe/Berlin")
USE_THOUSAND_SEPARATOR = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
if env_bool("LOTSIN_PLAIN_STATIC", False):
    STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
WHITENOISE_USE_FINDERS = DEBUG

# E-mail: console in development, SMTP (EMAIL_URL-like variables) in production.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Lotsin <lotsin@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security. Behind a TLS proxy set LOTSIN_HTTPS=true (production does, see README).
HTTPS = env_bool("LOTSIN_HTTPS", not DEBUG)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int("LOTSIN_SESSION_SECONDS", 8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = HTTPS and env_bool("LOTSIN_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_HSTS_SECONDS = env_int("LOTSIN_HSTS_SECONDS", 31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# Lock-out after repeated failures (django-axes).
AXES_FAILURE_LIMIT = env_int("LOTSIN_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("LOTSIN_LOGIN_COOLOFF_MINUTES", 30) / 60
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_IPWARE_PROXY_COUNT = env_int("LOTSIN_PROXY_COUNT", 0) or None
AXES_VERBOSE = False  # axes would log usernames otherwise; nothing personal in logs.

OTP_TOTP_ISSUER = "Lotsin"

NINJA_PAGINATION_PER_PAGE = 50
API_TOKEN_DEFAULT_DAYS = env_int("LOTSIN_API_TOKEN_DAYS", 90)
# Closed counselling cases are anonymised this many days after closing (lotsin.cases.retention).
CASE_RETENTION_DAYS = env_int("LOTSIN_CASE_RETENTION_DAYS", 3 * 365)

# httpx logs every request URL at INFO, and a Telegram Bot API URL holds the bot's token;
# python-telegram-bot logs message texts at DEBUG. Nothing secret or personal goes into logs.
_QUIET_HTTP = {name: {"level": "WARNING"} for name in ("httpx", "httpcore", "telegram")}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}, "django.request": {"level": "ERROR"}, **_QUIET_HTTP},
}

# Knowledge-base search adds the triage engine's multilingual match to full-text search (a
# Ukrainian question finds a German answer). The model loads on the first search of a process.
LOTSIN_SEMANTIC_SEARCH = env_bool("LOTSIN_SEMANTIC_SEARCH", True)

# Telegram connector (lotsin.bots): the Bot API server (tests point it at a fake on 127.0.0.1),
# and the public https address Telegram calls for webhooks (empty: this server's own address).
TELEGRAM_API_BASE = env_str("LOTSIN_TELEGRAM_API_BASE", "https://api.telegram.org").rstrip("/")
TELEGRAM_WEBHOOK_BASE = env_str("LOTSIN_TELEGRAM_WEBHOOK_BASE", "").rstrip("/")
