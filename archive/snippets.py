"""Snippets: a few words of the stored text around a match, matches marked.

FTS5 has ``snippet()``, and search falls back to it, but on this archive it
costs ~35 µs per hit (it tokenizes every indexed column of the row, twice),
as much as ranking 50 matching rows. This module finds the same terms with
one regular expression over the lower-cased text, ~10 µs per hit, and picks
the window with the most distinct query terms.

The expression matches what the ``unicode61 remove_diacritics 2`` tokenizer
matches for Vietnamese: every query letter stands for itself with any tone
or vowel mark, in either case, and ``d`` for ``đ``. Text it cannot match
(letters outside Vietnamese, stored NFD text) gets no Python snippet;
``search`` then asks FTS5's ``snippet()`` for that row, so every hit still
gets a snippet with its matches marked.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

#: Lower-case Vietnamese letters each base letter stands for.
_FOLDS = {
    "a": "aàáảãạăằắẳẵặâầấẩẫậ",
    "d": "dđ",
    "e": "eèéẻẽẹêềếểễệ",
    "i": "iìíỉĩị",
    "o": "oòóỏõọôồốổỗộơờớởỡợ",
    "u": "uùúủũụưừứửữự",
    "y": "yỳýỷỹỵ",
}
_CLASS = {base: f"[{letters}]" for base, letters in _FOLDS.items()}
_WORD = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")
_NOT_AFTER_WORD = r"(?![^\W_])"


def fold(text: str) -> str:
    """Lower case, no tone or vowel marks, ``đ`` as ``d``: what the index compares."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _token_pattern(token: str) -> str:
    return "".join(_CLASS.get(c, re.escape(c)) for c in fold(token))


def term_pattern(text: str, prefix: bool) -> str | None:
    """Regex (on lower-cased text) for a query term or phrase; None if no words."""
    tokens = _WORD.findall(unicodedata.normalize("NFC", text))
    if not tokens:
        return None
    pattern = r"[\W_]+".join(_token_pattern(t) for t in tokens)
    # A prefix is marked up to the end of the word it starts.
    return pattern + (r"[^\W_]*" if prefix else _NOT_AFTER_WORD)


@dataclass(frozen=True, slots=True)
class Highlighter:
    """Finds query terms in text and cuts a snippet around the best spot."""

    #: One expression per term: each starts with a literal or a character
    #: class, which ``re`` skips to quickly; one alternation of all terms
    #: was 3 to 6 times slower.
    regexes: tuple[re.Pattern[str], ...]
    #: Matches a whole window: ``tokens`` words from where it starts.
    window_words: re.Pattern[str]
    #: The words of a query clause next to each other, in the order typed.
    sequences: tuple[re.Pattern[str], ...]
    open: str
    close: str
    ellipsis: str
    tokens: int

    @classmethod
    def build(
        cls,
        terms: Sequence[tuple[str, bool]],
        open: str,
        close: str,
        ellipsis: str,
        tokens: int,
        sequences: Sequence[Sequence[tuple[str, bool]]] = (),
    ) -> Highlighter | None:
        """From ``(text, is_prefix)`` terms; None if none gives a pattern.

        ``sequences`` are groups of terms whose side-by-side occurrence makes
        the best window (the words of an unquoted multi-word query).
        """
        patterns = {p for p in (term_pattern(t, prefix) for t, prefix in terms) if p}
        if not patterns:
            return None
        regexes = tuple(re.compile(p) for p in sorted(patterns))
        window = re.compile(rf"(?:[^\W_]+[\W_]+){{0,{tokens - 1}}}[^\W_]+")
        together = []
        for group in sequences:
            pattern = term_pattern(" ".join(text for text, _ in group), group[-1][1])
            if pattern:
                together.append(re.compile(pattern))
        return cls(regexes, window, tuple(together), open, close, ellipsis, tokens)

    def _matches(self, lowered: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of the matches that begin in ``start:end``, in order,
        not overlapping (a phrase wins over the words in it)."""
        found = []
        for regex in self.regexes:
            for match in regex.finditer(lowered, start):
                begin = match.start()
                if begin >= end:
                    break
                if begin == 0 or not lowered[begin - 1].isalnum():
                    found.append((begin, -match.end()))
        found.sort()
        matches, last_end = [], start
        for begin, negative_end in found:
            if begin >= last_end:
                last_end = -negative_end
                matches.append((begin, last_end))
        return matches

    def _first(self, regex: re.Pattern[str], lowered: str) -> int | None:
        """Where ``regex`` first matches at the start of a word, or None."""
        position = 0
        while (match := regex.search(lowered, position)) is not None:
            begin = match.start()
            if begin == 0 or not lowered[begin - 1].isalnum():
                return begin
            position = begin + 1
        return None

    def _best(self, lowered: str) -> tuple[int | None, int]:
        """Where the window should start, and how many distinct terms it shows.

        Only the first occurrence of each term counts (each regex stops
        there, so a long body is seldom read to its end): the window starts
        at the first occurrence that has most other first occurrences within
        a window's reach, the earliest on ties. The words of a clause side by
        side, in the order typed, win outright.
        """
        for sequence in self.sequences:
            position = self._first(sequence, lowered)
            if position is not None:
                return position, len(self.regexes)
        firsts = sorted(
            position
            for position in (self._first(regex, lowered) for regex in self.regexes)
            if position is not None
        )
        if not firsts:
            return None, 0
        reach = 8 * self.tokens  # characters: about a window's worth of words
        best, best_score = firsts[0], 0
        for i, position in enumerate(firsts):
            score = bisect.bisect_left(firsts, position + reach) - i
            if score > best_score:
                best, best_score = position, score
        return best, best_score

    def snippet(self, *texts: str | None) -> str | None:
        """A snippet of the text (of several, the one whose best window has the
        most distinct terms, the first on ties) with matches marked; None if
        nothing matches."""
        chosen: tuple[int, str, str, int] | None = None
        for text in texts:
            if not text:
                continue
            lowered = text.lower()
            if len(lowered) != len(text):  # a letter whose lower case is longer
                continue
            best, score = self._best(lowered)
            if best is not None and (chosen is None or score > chosen[0]):
                chosen = (score, text, lowered, best)
                if score == len(self.regexes):
                    break  # no other text can show more terms
        if chosen is None:
            return None
        _, text, lowered, best = chosen
        start = self._window_start(lowered, best)
        words = self.window_words.match(lowered, start)
        end = words.end() if words else start
        if not _WORD.search(lowered, end):
            end = len(text)  # only punctuation left: show it, no ellipsis
        matches = self._matches(lowered, start, end)
        if matches:
            end = max(end, matches[-1][1])  # a phrase may run past the last word
        parts, position = [], start
        for match_start, match_end in matches:
            # Cut from the original text: lower-casing was only to search.
            parts += [text[position:match_start], self.open]
            parts += [text[match_start:match_end], self.close]
            position = match_end
        parts.append(text[position:end])
        body = _SPACE.sub(" ", "".join(parts)).strip()
        before = self.ellipsis if start > 0 else ""
        after = self.ellipsis if end < len(text) else ""
        return before + body + after

    def _window_start(self, lowered: str, match_start: int) -> int:
        # Two words of context before the match, or the start of the text
        # when the match is among its first words. (Words end at white
        # space here: rfind is ten times faster than a regex looking back.)
        if match_start < 100 and len(_WORD.findall(lowered, 0, match_start)) < self.tokens // 2:
            return 0
        position = match_start
        for _ in range(2):
            space = max(lowered.rfind(" ", 0, position - 1), lowered.rfind("\n", 0, position - 1))
            if space < 0 or match_start - space > 60:
                break
            position = space + 1
        return position
