"""Text -> incident records (docs/codebook.md)."""
from __future__ import annotations

from app.extract.incidents import extract_incidents

__all__ = ["extract_incidents"]
