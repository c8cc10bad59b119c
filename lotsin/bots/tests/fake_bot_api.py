"""A fake Telegram Bot API server on 127.0.0.1 (stdlib only), so that no test reaches Telegram.

It answers the calls Lotsin makes (getMe, setWebhook, deleteWebhook, getUpdates, sendMessage)
the way the real server does, including its errors (401 for an unknown token, 409 for
getUpdates while a webhook is set), and records every request for the tests to inspect.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

GOOD_TOKEN = "7012345678:AAH-good-token-for-tests-0123456789ab"
BOT_USER = {
    "id": 7012345678,
    "is_bot": True,
    "first_name": "Lotsin Beratung",
    "username": "lotsin_beratung_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": True,
    "supports_inline_queries": False,
}


@dataclass
class Call:
    method: str
    token: str
    params: dict[str, Any]


@dataclass
class FakeBotApi:
    tokens: dict[str, dict[str, Any]] = field(default_factory=lambda: {GOOD_TOKEN: BOT_USER})
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    webhooks: dict[str, dict[str, Any]] = field(default_factory=dict)
    # sendMessage to these chats fails as when the bot was removed from the group.
    forbidden_chats: set[int] = field(default_factory=set)
    next_message_id: int = 9000
    base: str = ""

    def reset(self) -> None:
        self.calls.clear()
        self.updates.clear()
        self.webhooks.clear()
        self.forbidden_chats.clear()

    def called(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    # --- the Bot API -------------------------------------------------------------------------

    def answer(self, method: str, token: str, params: dict[str, Any]) -> tuple[int, Any]:
        self.calls.append(Call(method, token, params))
        me = self.tokens.get(token)
        if me is None:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        handler = getattr(self, f"_{method}", None)
        if handler is None:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        return handler(token, me, params)

    def _getMe(self, token: str, me: dict[str, Any], params: dict[str, Any]) -> tuple[int, Any]:
        return 200, {"ok": True, "result": me}

    def _setWebhook(self, token: str, me: dict[str, Any], params: dict[str, Any]) -> tuple:
        if not str(params.get("url", "")).startswith("https://"):
            return 400, _error(400, "Bad Request: bad webhook: An HTTPS URL must be provided")
        self.webhooks[token] = params
        return 200, {"ok": True, "result": True, "description": "Webhook was set"}

    def _deleteWebhook(self, token: str, me: dict[str, Any], params: dict[str, Any]) -> tuple:
        self.webhooks.pop(token, None)
        return 200, {"ok": True, "result": True, "description": "Webhook was deleted"}

    def _getUpdates(self, token: str, me: dict[str, Any], params: dict[str, Any]) -> tuple:
        if token in self.webhooks:
            return 409, _error(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(params.get("offset", 0) or 0)
        # Telegram forgets what an offset confirms.
        self.updates[:] = [u for u in self.updates if u["update_id"] >= offset]
        return 200, {"ok": True, "result": self.updates[:100]}

    def _sendMessage(self, token: str, me: dict[str, Any], params: dict[str, Any]) -> tuple:
        chat_id = int(params["chat_id"])
        if chat_id in self.forbidden_chats:
            return 403, _error(403, "Forbidden: bot was kicked from the supergroup chat")
        self.next_message_id += 1
        message = {
            "message_id": self.next_message_id,
            "from": me,
            "chat": {"id": chat_id, "type": "supergroup", "title": "group"},
            "date": int(time.time()),
            "text": params["text"],
        }
        return 200, {"ok": True, "result": message}

    # --- serving ----------------------------------------------------------------------------

    def start(self) -> ThreadingHTTPServer:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                _, _, rest = self.path.partition("/bot")
                token, _, method = rest.partition("/")
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                status, payload = api.answer(method, token, _params(body, self.headers))
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet: the request line holds the token

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{server.server_address[1]}"
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server


def _error(code: int, description: str) -> dict[str, Any]:
    return {"ok": False, "error_code": code, "description": description}


def _params(body: str, headers: Any) -> dict[str, Any]:
    """PTB sends form fields whose complex values are JSON; decode those."""
    if not body:
        return {}
    if headers.get("Content-Type", "").startswith("application/json"):
        return dict(json.loads(body))
    params: dict[str, Any] = {}
    for key, values in parse_qs(body, keep_blank_values=True).items():
        value: Any = values[0]
        if value[:1] in ("{", "["):
            value = json.loads(value)
        params[key] = value
    return params
