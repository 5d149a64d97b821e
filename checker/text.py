"""Character offsets, lines, sentences and clauses of one text.

Every quote in a report carries exact ``[start, end)`` offsets into the article text; this module turns them
into ``line:col`` and finds the sentence and clause around a position, which the fact stage uses to look for
cue words. Sentence splitting is deliberately simple and fast: news text is split at sentence punctuation
followed by a capital letter or a quote, and at line breaks (headlines, list items and table rows stand alone).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

_SENTENCE_END = re.compile(
    r"""[\n.!?]
        (?: (?<=\n)\n*                                     # line breaks end a sentence (headings, list items)
          | (?<=[.!?])(?P<gap>)["'”’)\]*_]*[ \t]+(?=["'“‘(\[*_]*[A-Z0-9])   # . ! ? then a capital
          | (?<=[.!?])(?<=[a-z]{2}[.!?])(?P<glued>)(?=[A-Z][a-z])       # "Ukraine.the" is common in scraped text: "Ukraine.The"
        )
    """,
    re.X,
)
# The pattern opens with the class of the characters every sentence end starts with, so the engine skips to
# them (three times faster than an alternation that starts with "\n+"); a sentence ends just after its
# punctuation (the empty groups mark the spot).

# Clause boundaries inside a sentence: punctuation that separates clauses (not the comma inside "1,200"), and
# reporting verbs.
_NEWLINE = re.compile(r"\n")
_WORD = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]+")
_CLAUSE_BREAK = re.compile(r",(?!\d)|[;:()\[\]|]|\s[–—-]\s|\s[–—]|[–—]\s|\b(?:said|says|told|according to)\b")
# What may stand between a clause break and a span that continues the clause before: nothing or a preposition.
_PREPOSITION_ONLY = re.compile(r"\s*(?:(?:on|in|at|from|during|for|by|of|to|until|till|through|over)\s+)?", re.I)
# A clause that opens with a preposition of place or time is a fronted phrase ("in the museum of X, ...").
_PREPOSITION_OPEN = re.compile(r"\s*(?:on|in|at|during|inside|near)\s", re.I)
# A lower-case word that is no article or preposition: a clause without one is a name or a title.
_CONTENT_WORD = re.compile(r"\b(?!(?:the|a|an|of|and|for|de|da|del|van|von|on|in|at|to)\b)[a-z][a-z'’-]*\b")
_THAT = re.compile(r"\bthat\s+", re.I)
# Abbreviations that end with a dot but do not end a sentence.
# A single capital is an initial ("John F. Kennedy"); "H.E." (His or Her Excellency) and "Hon." are titles.
# Initials of two or three letters, as Russian-style transliteration writes them: "Sh. Kodirov", "Kh.", "Zh.".
DIGRAPH_INITIALS = ("Sh", "Kh", "Zh", "Ch", "Ts", "Yu", "Ya", "Dzh")
_ABBREV = re.compile(r"\b(?:Ma|Md|Mohd|Mr|Mrs|Ms|Mme|Mlle|Messrs|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Maj|Adm|Amb|Hon|Rev|"
                     r"Pres|Sec|Dept|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|etc|No|Jan|Feb|Mar|Apr"
                     r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|H\.E|a\.m|p\.m|[A-Z]|" + "|".join(DIGRAPH_INITIALS) + r")\.$")


@dataclass(frozen=True)
class TextSpan:
    """A half-open ``[start, end)`` range of the text."""

    start: int
    end: int


class TextIndex:
    """Lines, sentences and clauses of one text, computed once and looked up by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self._sentences = self._split_sentences(text)
        self._sentence_starts = [s.start for s in self._sentences]
        self._clauses: dict[tuple[int, int], TextSpan] = {}     # a mention's clause is asked for by every test

    # ---- lines
    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset``."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line(self, offset: int) -> int:
        """1-based line of ``offset``."""
        return bisect.bisect_right(self._line_starts, offset)

    # ---- sentences
    @property
    def sentences(self) -> list[TextSpan]:
        return self._sentences

    def is_question(self, i: int) -> bool:
        """Whether sentence ``i`` asks a question (ends with "?", bold or not)."""
        s = self._sentences[i]
        return self.text[s.start:s.end].rstrip("*_ \t").endswith("?")

    def answer_context(self, offset: int) -> TextSpan:
        """The sentence at ``offset``, with the question before it when it answers one (an FAQ, a Q&A): the
        question names what the answer is about ("How many countries took part?\nForty-seven.")."""
        i = max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)
        s = self.sentence(offset)
        if i > 0 and self.is_question(i - 1):
            return TextSpan(self._sentences[i - 1].start, s.end)
        return s

    def sentence_number(self, offset: int) -> int:
        """The position in :attr:`sentences` of the sentence that contains ``offset``."""
        return max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)

    def sentence(self, offset: int) -> TextSpan:
        """The sentence that contains ``offset`` (the nearest one before it, between sentences)."""
        i = max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)
        return self._sentences[i] if self._sentences else TextSpan(0, len(self.text))

    def clause(self, start: int, end: int) -> TextSpan:
        """The clause around ``[start, end)`` (:meth:`_clause`), worked out once."""
        span = self._clauses.get((start, end))
        if span is None:
            span = self._clauses[(start, end)] = self._clause(start, end)
        return span

    def _clause(self, start: int, end: int) -> TextSpan:
        """The clause around ``[start, end)``: the sentence cut at the nearest clause breaks outside the span.

        A clause that holds little besides the span itself ("On Tuesday, leaders met ...") takes in the
        next clause, so that an introductory phrase is read together with what it introduces; a span that
        opens its clause with at most a preposition ("..., was held in Ohrid, North Macedonia, on Thursday")
        continues the clause before it, and takes that one in too (and one more when that one is a short
        apposition such as a country after a city). What stands before the span is counted from a "that"
        ("informs that this Friday, …"), and fronted phrases in a row (a clause that opens with a preposition
        and ends at the span, or a name and its title) are all read with the clause that follows them ("this
        Friday, in the museum in the city of X, the parties signed"; "Today, the Hon. X, Minister of Y,
        announced").
        """
        sent = self.sentence(start)
        left, right = sent.start, max(sent.end, end)
        breaks = list(_CLAUSE_BREAK.finditer(self.text, sent.start, start))
        head = start                   # where the span's own clause begins, past a bracket just before it
        while breaks and breaks[-1].group(0) == ")" and _PREPOSITION_ONLY.fullmatch(self.text, breaks[-1].end(), head):
            opening = self.text.rfind("(", sent.start, breaks[-1].start())      # "pledged $2bn (€1.7bn) on Wednesday"
            breaks = [b for b in breaks if b.end() <= opening]
            head = max(opening, sent.start)
        own = breaks[-1].end() if breaks else sent.start      # where the span's clause starts, before any widening
        if breaks:
            left = breaks[-1].end()
            if _PREPOSITION_ONLY.fullmatch(self.text, left, head) and breaks[-1].group(0) in ",;–—(":
                k = len(breaks) - 1
                left = breaks[k - 1].end() if k else sent.start
                if k >= 1 and len(_LETTERS.findall(self.text[left:breaks[k].start()])) <= 3:
                    left = breaks[k - 2].end() if k >= 2 else sent.start
        m = _CLAUSE_BREAK.search(self.text, end, right)
        cut = m.start() if m else right
        that = None
        for that in _THAT.finditer(self.text, own, start):     # "informs that this Friday, …": after the "that"
            pass
        intro = that.end() if that else own
        clause_words = len(_LETTERS.findall(self.text[intro:start] + " " + self.text[end:cut]))
        fronted = not self.text[end:cut].strip() and _PREPOSITION_OPEN.match(self.text, own)
        if m is not None and (clause_words <= 1 or fronted):
            pos = m.end()             # fronted phrases in a row belong to the clause after them all
            for _ in range(5):        # "this Friday, in the museum in the city of X, the parties signed";
                nxt = _CLAUSE_BREAK.search(self.text, pos, right)     # "Today, the Hon. X, Minister of Y,
                cut = nxt.start() if nxt else right                    # announced": a name and its title
                if nxt is None or nxt.group(0) != "," or not (_PREPOSITION_OPEN.match(self.text, pos)
                                                              or not _CONTENT_WORD.search(self.text, pos, cut)):
                    break
                pos = nxt.end()
        return TextSpan(left, cut)

    def window(self, start: int, end: int, words: int) -> TextSpan:
        """``words`` words either side of ``[start, end)``, within the sentence (a word is a run of
        non-space characters; the span's own partial words count)."""
        sent = self.sentence(start)
        before = [m.start() for m in _WORD.finditer(self.text, sent.start, start)] if words > 0 else []
        left = before[max(len(before) - words, 0)] if before else start
        right = end
        for m in itertools.islice(_WORD.finditer(self.text, end, sent.end), words):
            right = m.end()
        return TextSpan(left, right)

    @staticmethod
    def _split_sentences(text: str) -> list[TextSpan]:
        spans: list[TextSpan] = []
        start = 0
        scan = unwrapped(text)
        for m in _SENTENCE_END.finditer(scan):
            cut = m.start() if m.lastgroup is None else m.start() + 1      # just after . ! ?
            if m.lastgroup is not None and _ABBREV.search(text, max(0, cut - 6), cut):
                continue
            if cut > start:
                spans.append(_trim(text, start, cut))
            start = m.end()
        if start < len(text):
            spans.append(_trim(text, start, len(text)))
        spans = [piece for s in spans if s.end > s.start for piece in _pieces(text, s)]
        return spans or [TextSpan(0, len(text))]


# No sentence of news runs this long (the longest of the labelled stories and external corpora: about 530
# characters). Longer "sentences" (scraped text without punctuation, a megabyte on one line) are read in
# pieces this long, cut at a space: what the fact stage does for each mention costs the length of its
# sentence, so one endless sentence would make an article cost the square of its length.
MAX_SENTENCE = 1500


def _pieces(text: str, span: TextSpan) -> list[TextSpan]:
    """``span``, or pieces of it of at most about :data:`MAX_SENTENCE` characters, cut after a space."""
    if span.end - span.start <= MAX_SENTENCE:
        return [span]
    out: list[TextSpan] = []
    start = span.start
    while span.end - start > MAX_SENTENCE:
        space = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = space if space > 0 else start + MAX_SENTENCE
        out.append(TextSpan(start, cut))
        start = cut + 1 if space > 0 else cut
    out.append(TextSpan(start, span.end))
    return [s for s in out if s.end > s.start]


@lru_cache(maxsize=256)
def text_index(text: str) -> TextIndex:
    """The :class:`TextIndex` of ``text``, shared: the fact stage and the event's time and place filters
    read the same articles of a story, and splitting an article into sentences is worth doing once."""
    return TextIndex(text)


_LINE = re.compile(r"[^\n]*\n?")
_WRAP_BREAK = re.compile(r"(?<=[^\s.!?:;\"”*|])\n(?=[ \t]*[^\s\-*•#|>])(?![ \t]*\d+(?:\.\d+)*[.)]?[ \t]+[A-Z])")
# A text is hard-wrapped (extracted from a PDF, an e-mail, a gazette) when most of its long lines run on into
# the next line: they end without sentence punctuation and the next line holds text.
# A line that runs on into a line opening in lower case is one sentence in any text (a soft break, as in
# Markdown): "… tribunals of seventeen (17)\ncountries, and …".
_SOFT_BREAK = re.compile(r"(?<=[^\s.!?:;\"”*|])\n(?=[ \t]*[a-z])")
_WRAPPED_SHARE = 0.5
_WRAPPED_MIN_LINES = 4
_LONG_LINE = 40


def unwrapped(text: str) -> str:
    """``text`` with the line breaks of a hard-wrapped paragraph as spaces (the same length, so offsets hold);
    in other text only the breaks before a lower-case word. Blank lines, and lines that open with a list marker or a number, still break."""
    lines = text.split("\n")
    long = [i for i, line in enumerate(lines[:-1]) if len(line.rstrip()) >= _LONG_LINE]
    runs_on = [i for i in long if lines[i + 1].strip() and lines[i].rstrip()[-1:] not in ".!?:;\"”*|"]
    if len(runs_on) < _WRAPPED_MIN_LINES or len(runs_on) < _WRAPPED_SHARE * len(long):
        return _SOFT_BREAK.sub(" ", text)
    return _WRAP_BREAK.sub(" ", text)


def _trim(text: str, start: int, end: int) -> TextSpan:
    """``[start, end)`` without the whitespace at either end (str.strip's notion of whitespace)."""
    if not text[start].isspace() and not text[end - 1].isspace():
        return TextSpan(start, end)                      # most sentences: nothing to trim, nothing to copy
    part = text[start:end]
    left = len(part) - len(part.lstrip())
    if left == len(part):
        return TextSpan(end, end)
    return TextSpan(start + left, end - (len(part) - len(part.rstrip())))
