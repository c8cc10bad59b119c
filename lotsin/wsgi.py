import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lotsin.settings")
# The web server keeps its database connections (checked before reuse): opening one per
# request cost PostgreSQL and the worker a fifth of the queue page's time under load.
os.environ.setdefault("DB_CONN_MAX_AGE", "60")
application = get_wsgi_application()
