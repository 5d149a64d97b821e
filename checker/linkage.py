"""Average-linkage clustering of probabilities, merge for merge the plain algorithm, in O(n²) steps.

The plain algorithm scans every pair of clusters, merges the pair of highest mean probability (the first pair
in order on ties) and stops when that mean falls below a threshold: O(n³) means of up to n²/4 terms, half a
minute for a story of 500 articles. Here the sums between clusters are kept and added on each merge (the
Lance-Williams update) and each cluster keeps its best partner, so a merge costs one row.

Ties and near-ties decide merges, and the plain algorithm decides them with floats summed in member order
(``sum(ps) / len(ps)``), which another summation order can change in the last bit. So the sums kept are exact
integers (probabilities in thousandths), they pick the candidates, and the plain float is computed for the
candidates within the float error of the best: every merge, and the output, are those of the plain algorithm.
"""

from __future__ import annotations

from typing import Sequence

Matrix = Sequence[Sequence[float]]


def plain_average_linkage(prob: Matrix, threshold: float) -> list[list[int]]:
    """The reference: clusters of indices (members in merge order) by the plain scan over all pairs."""
    clusters: list[list[int]] = [[i] for i in range(len(prob))]

    def linkage(x: list[int], y: list[int]) -> float:
        ps = [prob[a][b] for a in x for b in y]
        return sum(ps) / len(ps)

    while len(clusters) > 1:
        best, bi, bj = -1.0, -1, -1
        for i in range(len(clusters)):
            for j in range(i + 1, len(clusters)):
                p = linkage(clusters[i], clusters[j])
                if p > best:
                    best, bi, bj = p, i, j
        if best < threshold:
            break
        clusters[bi] = clusters[bi] + clusters[bj]
        del clusters[bj]
    return clusters


def average_linkage(prob: Matrix, threshold: float) -> list[list[int]]:
    """What :func:`plain_average_linkage` returns, incrementally. ``prob`` is symmetric; when its values are
    not thousandths in [0, 1] (the exact sums need them) the plain algorithm runs instead."""
    n = len(prob)
    milli = [[round(p * 1000) for p in row] for row in prob]
    if any(not 0 <= prob[i][j] <= 1 or milli[i][j] / 1000 != prob[i][j] for i in range(n) for j in range(n) if i != j):
        return plain_average_linkage(prob, threshold)
    # A plain mean of m terms is within (m + 2) units in the last place of the exact mean (terms at most 1);
    # two of them, and the rounding of the exact means, within this.
    tol = (n * n + 8) * 2.0 ** -51
    members = [[i] for i in range(n)]               # a cluster is named by its first member
    total = [row[:] for row in milli]               # exact sums of thousandths between clusters
    low = [row[:] for row in milli]                 # their least and greatest term: equal when all are
    high = [row[:] for row in milli]
    alive = list(range(n))                          # the clusters, in the plain algorithm's order
    equal_terms: dict[tuple[int, int], float] = {}
    best: dict[int, tuple[float, int, float]] = {}  # cluster -> (plain mean, partner after it, exact mean)

    def plain(i: int, j: int) -> float:
        """The plain algorithm's float mean between clusters ``i`` before ``j``."""
        m = len(members[i]) * len(members[j])
        if low[i][j] == high[i][j]:                 # m equal terms: the sum depends on m alone
            key = (low[i][j], m)
            if key not in equal_terms:
                equal_terms[key] = sum([prob[members[i][0]][members[j][0]]] * m) / m
            return equal_terms[key]
        ps = [prob[a][b] for a in members[i] for b in members[j]]
        return sum(ps) / len(ps)

    def exact(i: int, j: int) -> float:
        return total[i][j] / (len(members[i]) * len(members[j]))

    def find_best(i: int) -> None:
        """The first partner after ``i`` of the highest plain mean."""
        after = alive[alive.index(i) + 1:]
        if not after:
            best.pop(i, None)
            return
        means = [exact(i, j) for j in after]
        top = max(means) - tol
        found = (-1.0, -1, 0.0)
        for j, mean in zip(after, means):
            if mean >= top:
                p = plain(i, j)
                if p > found[0]:
                    found = (p, j, mean)
        best[i] = found

    for i in alive:
        find_best(i)
    while len(alive) > 1:
        bi, value = -1, -1.0
        for i in alive:
            row = best.get(i)
            if row is not None and row[0] > value:
                bi, value = i, row[0]
        if value < threshold:
            break
        bj = best[bi][1]
        members[bi] = members[bi] + members[bj]
        for z in alive:
            if z != bi and z != bj:
                total[bi][z] = total[z][bi] = total[bi][z] + total[bj][z]
                low[bi][z] = low[z][bi] = min(low[bi][z], low[bj][z])
                high[bi][z] = high[z][bi] = max(high[bi][z], high[bj][z])
        alive.remove(bj)
        best.pop(bj, None)
        for r in alive:
            if r > bj:
                break
            row = best[r]
            if r == bi or row[1] == bj or row[1] == bi:
                find_best(r)
            elif r < bi:                            # only its mean with bi changed
                mean = exact(r, bi)
                if mean >= row[2] - tol:
                    p = plain(r, bi)
                    if p > row[0] or (p == row[0] and bi < row[1]):
                        best[r] = (p, bi, mean)
    return [members[i] for i in alive]
