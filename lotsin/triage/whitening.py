"""Whitening by the knowledge base's own variation: damp what differs between texts of one item.

An answer's units (title, title with body, example questions, in up to seven languages) all say
the same thing. What varies among them (the language, the wording, the length) is what a post
should not be matched on; what varies between items is the topic. Scaling the embedding space
by the inverse root of the pooled within-item covariance (as in linear discriminant analysis,
shrunk towards the identity) damps the first and keeps the second. It is computed from the
claims or answers alone when the engine is built, so it knows nothing of any post and adapts to
each organisation's knowledge base.
"""

from __future__ import annotations

import numpy as np

from lotsin.triage.centering import unit_length

# Below this many items with two or more units the within-item spread says little: no whitening.
MIN_ITEMS = 8
SHRINK = 0.3  # added to the unit-trace covariance: how far the scaling stays from the identity
POWER = 0.25  # the inverse fourth root, gentler than full whitening (1/2)


def within_item_whitening(
    vectors: np.ndarray, ids: list[str], shrink: float = SHRINK, power: float = POWER
) -> np.ndarray | None:
    """The symmetric matrix W to apply to posts and units alike (`x @ W`, then unit length),
    or None when the knowledge base is too small to tell wording from topic."""
    items, index, counts = np.unique(np.asarray(ids), return_inverse=True, return_counts=True)
    if int((counts > 1).sum()) < MIN_ITEMS:
        return None
    means = np.zeros((len(items), vectors.shape[1]), dtype=np.float64)
    np.add.at(means, index, vectors)  # one pass over the units, not one mask per item
    means /= counts[:, None]
    spread = (vectors - means[index])[counts[index] > 1]
    covariance = spread.T @ spread / len(spread)
    total = float(np.trace(covariance))
    if total <= 0:  # every item's texts identical: nothing to damp
        return None
    covariance *= len(covariance) / total  # mean variance 1 per dimension
    values, vectors_ = np.linalg.eigh(covariance + shrink * np.eye(len(covariance)))
    return ((vectors_ * values**-power) @ vectors_.T).astype(np.float32)  # type: ignore[no-any-return]


def whiten(x: np.ndarray, matrix: np.ndarray | None) -> np.ndarray:
    """One vector or rows of vectors, scaled by `matrix` and back to unit length."""
    if matrix is None or not len(x):
        return x
    return unit_length(x @ matrix)
