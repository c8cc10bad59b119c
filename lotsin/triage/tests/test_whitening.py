"""Whitening by the knowledge base's within-item spread (whitening.py)."""

from __future__ import annotations

import numpy as np
import pytest

from lotsin.triage.whitening import MIN_ITEMS, whiten, within_item_whitening


def _knowledge_base(items: int, seed: int = 0) -> tuple[np.ndarray, list[str]]:
    """Each item has its own topic direction (dimensions 0-19); each of its two units also
    carries one of two "languages" (dimension 30, strong, shared by every item)."""
    rng = np.random.default_rng(seed)
    rows, ids = [], []
    for k in range(items):
        topic = np.zeros(64)
        topic[k % 20] = 1.0
        for language in (-1.0, 1.0):
            row = topic + 0.8 * language * np.eye(64)[30] + 0.05 * rng.standard_normal(64)
            rows.append(row / np.linalg.norm(row))
            ids.append(f"A{k:02d}")
    return np.asarray(rows, dtype=np.float32), ids


def test_what_varies_within_an_item_is_damped_and_topics_are_kept():
    vectors, ids = _knowledge_base(20)
    matrix = within_item_whitening(vectors, ids)
    assert matrix is not None
    before, after = vectors @ vectors.T, whiten(vectors, matrix) @ whiten(vectors, matrix).T
    # unit 0 and 1: one item in two languages; unit 0 and 2: two items in one language
    assert after[0, 1] > before[0, 1] + 0.2
    assert after[0, 2] < before[0, 2] - 0.2
    assert after[0, 1] > after[0, 2]


def test_a_small_knowledge_base_is_left_as_it_is():
    vectors, ids = _knowledge_base(MIN_ITEMS - 1)
    assert within_item_whitening(vectors, ids) is None
    # items with a single unit have no spread to learn from
    one_each, _ = _knowledge_base(MIN_ITEMS * 2)
    assert within_item_whitening(one_each[::2], [f"A{k}" for k in range(MIN_ITEMS * 2)]) is None
    assert whiten(vectors, None) is vectors


def test_whitened_vectors_are_unit_length_and_a_zero_vector_stays_zero():
    vectors, ids = _knowledge_base(12)
    matrix = within_item_whitening(vectors, ids)
    out = whiten(np.vstack([vectors, np.zeros(64, dtype=np.float32)]), matrix)
    assert np.linalg.norm(out[:-1], axis=1) == pytest.approx(np.ones(len(vectors)), abs=1e-5)
    assert not out[-1].any()
    single = whiten(vectors[0], matrix)
    assert single.shape == (64,)
    assert single == pytest.approx(out[0], abs=1e-6)


def test_items_whose_texts_are_all_the_same_are_left_as_they_are():
    vectors, ids = _knowledge_base(12)
    repeated = np.repeat(vectors[::2], 2, axis=0)  # each item's two units identical
    assert within_item_whitening(repeated, ids) is None
