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
    thousandths = {p: round(p * 1000) for p in set().union(*prob)}     # few distinct values
    if not all(0 <= p <= 1 and k / 1000 == p for p, k in thousandths.items()):
        return plain_average_linkage(prob, threshold)
    milli = [list(map(thousandths.__getitem__, row)) for row in prob]
    # A plain mean of m terms is within (m + 2) units in the last place of the exact mean (terms at most 1, and
    # m at most n²/4); two of them, and the rounding of the exact means, within this many thousandths.
    tol = 1000 * (n * n + 8) * 2.0 ** -51
    members = [[i] for i in range(n)]               # a cluster is named by its first member
    size = [1] * n
    total = [row[:] for row in milli]               # exact sums of thousandths between clusters i < j, at [i][j]
    low = [row[:] for row in milli]                 # their least and greatest term: equal when all are
    high = [row[:] for row in milli]
    alive = list(range(n))                          # the clusters, in the plain algorithm's order
    equal_terms: dict[tuple[int, int], float] = {}
    # cluster -> (plain mean, partner after it, exact mean in thousandths); between single articles the plain
    # mean is their probability, and the first partner of the highest is found in one pass
    best: dict[int, tuple[float, int, float]] = {}
    for i in range(n - 1):
        row = prob[i][i + 1:]
        p = max(row)
        j = i + 1 + row.index(p)
        best[i] = (p, j, float(milli[i][j]))

    def plain(i: int, j: int) -> float:
        """The plain algorithm's float mean between clusters ``i`` before ``j``."""
        m = size[i] * size[j]
        if low[i][j] == high[i][j]:                 # m equal terms: the sum depends on m alone
            key = (low[i][j], m)
            if key not in equal_terms:
                equal_terms[key] = sum([prob[members[i][0]][members[j][0]]] * m) / m
            return equal_terms[key]
        ps = [prob[a][b] for a in members[i] for b in members[j]]
        return sum(ps) / len(ps)

    def find_best(i: int) -> None:
        """The first partner after ``i`` of the highest plain mean."""
        after = alive[alive.index(i) + 1:]
        if not after:
            best.pop(i, None)
            return
        row, lows, highs, size_i = total[i], low[i], high[i], size[i]
        means = [row[j] / (size_i * size[j]) for j in after]
        top = max(means) - tol
        found = (-1.0, -1, 0.0)
        seen = set()                                # equal terms, as many: the same plain mean as before
        for j, mean in [(j, mean) for j, mean in zip(after, means) if mean >= top]:
            if lows[j] == highs[j]:
                key = (lows[j], size_i * size[j])
                if key in seen:
                    continue
                seen.add(key)
            p = plain(i, j)
            if p > found[0]:
                found = (p, j, mean)
        best[i] = found

    while len(alive) > 1:
        # the first cluster of the highest mean (``best`` holds them in the clusters' order)
        values = [row[0] for row in best.values()]
        value = max(values)
        if value < threshold:
            break
        bi = list(best)[values.index(value)]
        bj = best[bi][1]
        members[bi] = members[bi] + members[bj]
        size[bi] += size[bj]
        for z in alive:                             # what a pair's row holds (i before j) is read
            if z < bi:
                total[z][bi] += total[z][bj]
                low[z][bi] = min(low[z][bi], low[z][bj])
                high[z][bi] = max(high[z][bi], high[z][bj])
            elif bi < z < bj:
                total[bi][z] += total[z][bj]
                low[bi][z] = min(low[bi][z], low[z][bj])
                high[bi][z] = max(high[bi][z], high[z][bj])
            elif z > bj:
                break
        rest = slice(bj + 1, n)                     # clusters after both: in one pass
        total[bi][rest] = [x + y for x, y in zip(total[bi][rest], total[bj][rest])]
        low[bi][rest] = map(min, low[bi][rest], low[bj][rest])
        high[bi][rest] = map(max, high[bi][rest], high[bj][rest])
        alive.remove(bj)
        best.pop(bj, None)
        for r in alive:
            if r > bj:
                break
            row = best[r]
            if r == bi or row[1] == bj or row[1] == bi:
                find_best(r)
            elif r < bi:                            # only its mean with bi changed
                mean = total[r][bi] / (size[r] * size[bi])
                if mean >= row[2] - tol:
                    p = plain(r, bi)
                    if p > row[0] or (p == row[0] and bi < row[1]):
                        best[r] = (p, bi, mean)
    return [members[i] for i in alive]
