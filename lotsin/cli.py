"""`lotsin`: the command line. Each verb is a Django management command underneath."""

from __future__ import annotations

import os
import sys

COMMANDS = {
    "serve": "serve the web app for development or a demo (ADDR:PORT, default 127.0.0.1:8000)",
    "migrate": "create or update the database tables",
    "demo": "load demo organisations and users (safe to run again) and print the sign-ins",
    "worker": "run a background-task worker (database backend, or RQ when REDIS_URL is set)",
    "createorg": "createorg NAME [--slug SLUG]: create an organisation",
    "adduser": "adduser USERNAME --org ORG --role ROLE [--password-stdin]: add a person",
    "token": "token USERNAME [--org ORG]: create a personal API token and print it once",
    "import": "import FILE --org ORG --channel CHANNEL [--format F]: import a chat export",
    "telegram-poll": "telegram-poll --org ORG [--once]: receive the Telegram bot's messages",
    "kb": "kb import FILE --org ORG | kb export --org ORG [--format F] | kb review-dates",
    "triage": "triage INPUT.jsonl --claims C.jsonl --answers A.jsonl [-o OUT] [--explain]",
    "person": "person export CASE --org ORG [-o DIR] | person erase CASE --org ORG [--yes]",
    "housekeeping": "housekeeping [--org ORG]: the daily jobs (retention, reminders, reviews)",
    "check": "check the configuration (add --deploy for production settings)",
    "manage": "manage ARGS...: any Django management command",
}


def _usage() -> str:
    width = max(map(len, COMMANDS))
    rows = "\n".join(f"  {name:<{width}}  {text}" for name, text in COMMANDS.items())
    return (
        "usage: lotsin COMMAND [ARGS...]\n\n"
        "Lotsin: outreach, verified advice and counselling for organisations that help "
        "migrant women into work.\n\ncommands:\n"
        f"{rows}\n\n'lotsin COMMAND --help' explains one command.\n"
    )


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help", "help"}:
        sys.stdout.write(_usage())
        sys.exit(0)
    command, rest = args[0], args[1:]
    if command not in COMMANDS:
        sys.stderr.write(f"lotsin: error: unknown command {command!r} (see 'lotsin --help')\n")
        sys.exit(2)
    if command == "triage":  # the triage library runs without Django
        from lotsin.triage.cli import main as triage_main

        sys.exit(triage_main(rest))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lotsin.settings")
    from django.core.management import execute_from_command_line

    django_args = rest if command == "manage" else [command, *rest]
    execute_from_command_line(["lotsin", *django_args])


if __name__ == "__main__":
    main()
