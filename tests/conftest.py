"""Shared test fixtures: where the seeds and their renderings are, and text comparison helpers."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent  # `corpus` imports from here (pytest's pythonpath = ["."])

SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
RENDERED = ROOT / "corpus" / "rendered"


def squash(text: str) -> str:
    """NFC text with every whitespace character removed: what "same text" means across formats."""
    return "".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture(params=SEEDS, ids=[p.stem[:3] for p in SEEDS])
def seed_path(request) -> Path:
    return request.param


@pytest.fixture
def rendered_dir() -> Path:
    return RENDERED


@pytest.fixture
def seed_004() -> Path:
    return next(p for p in SEEDS if p.name.startswith("004_"))
