"""Where the public chat-export samples live: ../shared/data beside the repository, or wherever
LOTSIN_SHARED_DATA points (a clean clone elsewhere). Tests that need them skip with the path."""

import os
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[3]
SHARED_DATA = Path(os.environ.get("LOTSIN_SHARED_DATA", REPOSITORY.parent / "shared" / "data"))
CHAT_EXPORTS = SHARED_DATA / "chat-exports"
