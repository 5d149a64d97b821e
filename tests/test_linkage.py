"""Incremental average linkage (checker.linkage) merges exactly as the plain scan over all pairs does, float
ties and near-ties included, on random matrices: few distinct values (ties everywhere), blocks of agreeing
articles, and values whose float means differ from their exact means in the last bit (0.8 and 0.6 against 0.7)."""

from __future__ import annotations

import random

import pytest

from checker.linkage import average_linkage, plain_average_linkage


def symmetric(n: int, draw) -> list[list[float]]:
    prob = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            prob[i][j] = prob[j][i] = draw(i, j)
    return prob


def cases():
    rng = random.Random(20251202)
    for k in range(160):
        n = rng.randint(1, 45)
        kind = k % 4
        if kind == 0:                                  # a handful of values: ties everywhere
            values = [rng.randint(0, 1000) / 1000 for _ in range(rng.randint(1, 4))]
            yield n, symmetric(n, lambda i, j: rng.choice(values))
        elif kind == 1:                                # any thousandths
            yield n, symmetric(n, lambda i, j: rng.randint(0, 1000) / 1000)
        elif kind == 2:                                # groups: alike within, unlike across
            group = [rng.randrange(3) for _ in range(n)]
            same, other = rng.choice([0.881, 0.9, 0.8]), rng.choice([0.269, 0.6, 0.7])
            yield n, symmetric(n, lambda i, j: same if group[i] == group[j] else other)
        else:                                          # means that floats round differently
            yield n, symmetric(n, lambda i, j: rng.choice([0.1, 0.2, 0.3, 0.6, 0.7, 0.8]))


@pytest.mark.parametrize("threshold", [0.5, 0.0, 0.75])
def test_same_merges_as_plain_scan(threshold):
    for n, prob in cases():
        assert average_linkage(prob, threshold) == plain_average_linkage(prob, threshold), (n, prob)


def test_values_other_than_thousandths_fall_back_to_the_plain_scan():
    prob = symmetric(6, lambda i, j: 1 / (i + j + 3))
    assert average_linkage(prob, 0.1) == plain_average_linkage(prob, 0.1)


def test_five_hundred_agreeing_articles_are_one_cluster_quickly():
    prob = symmetric(500, lambda i, j: 0.881)
    assert average_linkage(prob, 0.5) == [list(range(500))]
