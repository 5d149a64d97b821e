"""Facts: the claims an article makes about its story's event, picked out of the mentions by the rule pack.

A mention becomes a claim of a fact when the fact definition accepts it: the right mention kind, cue words
in its clause (or sentence, or window of words), none of the exclusion words, not straight after words that
make it about something else ("since", "until"), not in a sentence about another event ("prior to the
summit", "this follows"), and for counts the right unit ("leaders", "delegations"). The fact table is a
pandas DataFrame with one row per claim.

Cue words are always looked for within the sentence where a mention starts, so the fact stage first finds
the sentences with a cue word of some fact and asks the extractors for the mentions that start there only
(:mod:`~checker.facts.cues`): most of an article is never read by them.
"""

from checker.facts.claims import extract_claims, read_claims
from checker.facts.table import fact_table

__all__ = ["extract_claims", "fact_table", "read_claims"]
