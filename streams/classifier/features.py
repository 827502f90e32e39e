"""Character n-gram features of a citizen's text: the model's only input.

Chinese has no spaces and citizens misspell freely, so the text is cut into
overlapping character 1-3-grams rather than words: a homophone typo (井概 for
井盖) breaks two or three n-grams and leaves the rest of the sentence intact,
and no word segmenter (jieba costs ~1 s to load and more per text than the
whole model) is needed.  Each n-gram is weighted by its inverse document
frequency and the row is L2-normalised, so a long rambling report and a
four-character one land on the same scale.

Kept free of scikit-learn so that the shipped model is plain arrays (no
pickle) and loads in milliseconds.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp

NGRAM_SIZES = (1, 2, 3)
MIN_KEYWORD = 2  # one-character "keywords" (after normalisation) would match everywhere
# Punctuation, spaces and symbols carry no meaning here (half the reports have none); digits are
# house numbers.  Both are dropped so that "3号" and "12号", "，" and " " look alike.
_DROP = re.compile(r"[\W\d_]+", re.UNICODE)


def normalize(text: str) -> str:
    """Full-width to half-width, lower case, and only the letters and characters left."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text).lower())


def ngrams(text: str) -> set[str]:
    """The distinct character n-grams of an already normalised text."""
    n = len(text)
    return {text[i : i + k] for k in NGRAM_SIZES for i in range(n - k + 1)}


def build_vocabulary(
    texts: Iterable[str], min_df: int = 2, always: Iterable[str] = ()
) -> tuple[list[str], np.ndarray[Any, np.dtype[np.float32]]]:
    """N-grams seen in at least ``min_df`` texts (plus every n-gram of ``always``), with their idf.

    ``always`` is the taxonomy's own wording: a keyword's n-grams stay in the
    vocabulary even when the generator happened to use it once.
    """
    df: Counter[str] = Counter()
    n_docs = 0
    for text in texts:
        df.update(ngrams(normalize(text)))
        n_docs += 1
    keep = {g for g, c in df.items() if c >= min_df}
    for word in always:
        keep |= ngrams(normalize(word))
    vocab = sorted(keep)
    idf = np.array([math.log((1 + n_docs) / (1 + df.get(g, 0))) + 1.0 for g in vocab], dtype=np.float32)
    return vocab, idf


class Featurizer:
    """Texts to an L2-normalised tf-idf CSR matrix over a fixed n-gram vocabulary."""

    def __init__(self, vocab: Sequence[str], idf: np.ndarray[Any, np.dtype[np.float32]]) -> None:
        self.index = {g: i for i, g in enumerate(vocab)}
        self.idf = idf.astype(np.float32)

    def __len__(self) -> int:
        return len(self.index)

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        """One row per text; a text with no known n-gram is an all-zero row (and so a uniform prediction)."""
        index = self.index
        indptr = [0]
        indices: list[int] = []
        for text in texts:
            ids = [i for g in ngrams(normalize(text)) if (i := index.get(g)) is not None]
            ids.sort()
            indices.extend(ids)
            indptr.append(len(indices))
        ind = np.asarray(indices, dtype=np.int32)
        ptr = np.asarray(indptr, dtype=np.int64)
        data = self.idf[ind]
        lengths = np.diff(ptr)
        rows = np.repeat(np.arange(len(texts)), lengths)
        norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=len(texts))).astype(np.float32)
        data = (data / np.maximum(norms, 1e-12)[rows]).astype(np.float32)
        return sp.csr_matrix((data, ind, ptr), shape=(len(texts), len(index)))


class KeywordIndex:
    """Which types' taxonomy keywords occur verbatim in a text: texts x types evidence matrix.

    The n-gram embedding sum is diluted by everything else a citizen writes
    ("公厕锈得好厉害，就在…，街坊都在说…"); an exact keyword hit is not, so
    the model adds this matrix, times a learned weight, to its logits.  A hit
    is worth the keyword's length (longer keywords are more specific) divided
    by the number of types that list it (退款 is evidence for nineteen
    consumer-dispute types, a little each).
    """

    def __init__(self, keywords: Sequence[str], ptr: Sequence[int], types: Sequence[int], n_types: int) -> None:
        self.n_types = n_types
        self.table: dict[str, tuple[list[int], float]] = {}
        for i, kw in enumerate(keywords):
            ids = list(types[ptr[i] : ptr[i + 1]])
            self.table[kw] = (ids, len(kw) / len(ids))
        # Every proper prefix of a keyword: the scan extends a match only while it can still become one.
        self.prefixes = {kw[:i] for kw in self.table for i in range(1, len(kw))}

    @classmethod
    def build(cls, words_by_type: Sequence[Iterable[str]]) -> KeywordIndex:
        """From each type's words (name and keywords), in the model's type order."""
        owners: dict[str, list[int]] = {}
        for t, words in enumerate(words_by_type):
            for w in words:
                kw = normalize(w)
                if len(kw) >= MIN_KEYWORD and t not in owners.setdefault(kw, []):
                    owners[kw].append(t)
        keywords = sorted(owners)
        ptr = np.cumsum([0] + [len(owners[k]) for k in keywords]).tolist()
        return cls(keywords, ptr, [t for k in keywords for t in owners[k]], len(words_by_type))

    def arrays(self) -> tuple[list[str], list[int], list[int]]:
        """(keywords, ptr, types): the flat form stored in the model file."""
        keywords = sorted(self.table)
        ptr = np.cumsum([0] + [len(self.table[k][0]) for k in keywords]).tolist()
        return keywords, ptr, [t for k in keywords for t in self.table[k][0]]

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        table, prefixes = self.table, self.prefixes
        for r, text in enumerate(texts):
            s = normalize(text)
            n = len(s)
            found = set()
            for i in range(n - 1):
                j = i + 1
                while j < n and s[i:j] in prefixes:
                    j += 1
                    if s[i:j] in table:
                        found.add(s[i:j])
            for kw in found:
                ids, weight = table[kw]
                rows.extend([r] * len(ids))
                cols.extend(ids)
                vals.extend([weight] * len(ids))
        m = sp.csr_matrix((np.asarray(vals, np.float32), (rows, cols)), shape=(len(texts), self.n_types))
        m.sum_duplicates()
        return m
