"""Training the text model: a fastText-style factorised softmax, in numpy.

The model is ``softmax((x @ E) @ U + b)``: ``x`` the tf-idf n-gram row, ``E``
an embedding per n-gram (vocabulary x ``dim``), ``U`` and ``b`` the output
layer over the ~1400 citizen-reportable types.  A plain linear softmax over
~100k n-grams and ~1400 types would be a 140M-weight matrix (hundreds of MB
to ship, minutes per epoch on two cores); the factorisation keeps the file
to a few MB and an epoch to seconds, and is what fastText does for the same
problem.  Cross-entropy training gives probabilities, and a temperature
fitted on the dev set (not the held-out one) adjusts their sharpness, so the
stream's ``min_confidence`` threshold means what it says.

Optimiser: Adam, dense for ``U``/``b`` and lazy (touched rows only) for
``E``; n-gram dropout on the input so the model does not lean on any single
n-gram (a typo may remove it).  Deterministic for a seed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp

log = logging.getLogger(__name__)

F32 = np.dtype[np.float32]
Array = np.ndarray[Any, F32]


@dataclass(slots=True)
class Weights:
    """The trained arrays; ``alpha`` weighs keyword hits, ``temperature`` divides the logits."""

    E: Array
    U: Array
    b: Array
    alpha: float = 1.0
    temperature: float = 1.0


@dataclass(frozen=True, slots=True)
class FitConfig:
    dim: int = 96
    epochs: int = 12
    batch: int = 256
    lr: float = 0.01
    dropout: float = 0.2
    keyword_dropout: float = 0.5
    seed: int = 7


@dataclass(slots=True)
class History:
    """Per-epoch dev accuracy and the epoch kept."""

    dev_top1: list[float] = field(default_factory=list)
    best_epoch: int = 0
    seconds: float = 0.0


def softmax(z: Array) -> Array:
    z = z - z.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=1, keepdims=True)
    return z


def logits(w: Weights, x: sp.csr_matrix, k: sp.csr_matrix) -> Array:
    """Raw scores, before temperature: ``(x @ E) @ U + b + alpha * k`` (``k``: keyword hits)."""
    h: Array = np.asarray(x @ w.E, dtype=np.float32)
    out: Array = h @ w.U + w.b
    out += np.float32(w.alpha) * k.toarray()
    return out


class _Adam:
    """Adam whose update can be restricted to some rows (lazy: untouched rows keep their moments)."""

    def __init__(self, shape: tuple[int, ...], lr: float, b1: float = 0.9, b2: float = 0.999) -> None:
        self.m = np.zeros(shape, np.float32)
        self.v = np.zeros(shape, np.float32)
        self.lr, self.b1, self.b2, self.t = lr, b1, b2, 0

    def step(self, param: Array, grad: Array, rows: np.ndarray[Any, Any] | None = None) -> None:
        self.t += 1
        m = self.m if rows is None else self.m[rows]
        v = self.v if rows is None else self.v[rows]
        m = self.b1 * m + (1 - self.b1) * grad
        v = self.b2 * v + (1 - self.b2) * grad * grad
        step = self.lr * np.sqrt(1 - self.b2**self.t) / (1 - self.b1**self.t)
        update = step * m / (np.sqrt(v) + 1e-8)
        if rows is None:
            self.m, self.v = m, v
            param -= update
        else:
            self.m[rows], self.v[rows] = m, v
            param[rows] -= update


def fit(
    x: sp.csr_matrix,
    k: sp.csr_matrix,
    y: np.ndarray[Any, np.dtype[np.int64]],
    n_classes: int,
    config: FitConfig,
    evaluate: Callable[[Weights], float] | None = None,
) -> tuple[Weights, History]:
    """Train on n-grams ``x`` and keyword hits ``k``; with ``evaluate`` (dev top-1), keep the best epoch."""
    rng = np.random.default_rng(config.seed)
    n, n_features = x.shape
    w = Weights(
        E=rng.uniform(-1 / config.dim, 1 / config.dim, (n_features, config.dim)).astype(np.float32),
        U=np.zeros((config.dim, n_classes), np.float32),
        b=np.zeros(n_classes, np.float32),
    )
    opt_e = _Adam(w.E.shape, config.lr)
    opt_u, opt_b = _Adam(w.U.shape, config.lr), _Adam(w.b.shape, config.lr)
    opt_a, alpha = _Adam((1,), config.lr), np.array([w.alpha], np.float32)
    history, best, started = History(), -1.0, time.perf_counter()
    best_w = w
    for epoch in range(config.epochs):
        order = rng.permutation(n)
        for start in range(0, n, config.batch):
            idx = np.sort(order[start : start + config.batch])
            xb = x[idx]
            if config.dropout:
                keep = rng.random(xb.nnz) >= config.dropout
                xb = sp.csr_matrix((xb.data * keep / (1 - config.dropout), xb.indices, xb.indptr), shape=xb.shape)
            cols, inverse = np.unique(xb.indices, return_inverse=True)
            xs = sp.csr_matrix((xb.data, inverse.ravel(), xb.indptr), shape=(xb.shape[0], len(cols)))
            h = np.asarray(xs @ w.E[cols], dtype=np.float32)
            kb = k[idx].toarray()
            if config.keyword_dropout:  # some rows without keyword evidence: the n-grams must carry them alone
                kb *= (rng.random(len(idx)) >= config.keyword_dropout)[:, None]
            p = softmax(h @ w.U + w.b + alpha[0] * kb)
            p[np.arange(len(idx)), y[idx]] -= 1.0
            p /= len(idx)
            opt_a.step(alpha, np.array([(p * kb).sum()], np.float32))
            w.alpha = float(alpha[0])
            grad_h = p @ w.U.T
            opt_u.step(w.U, h.T @ p)
            opt_b.step(w.b, p.sum(axis=0))
            opt_e.step(w.E, np.asarray(xs.T @ grad_h, dtype=np.float32), rows=cols)
        if evaluate is not None:
            score = evaluate(w)
            history.dev_top1.append(score)
            log.info("epoch %d: dev top-1 %.4f (%.0f s)", epoch + 1, score, time.perf_counter() - started)
            if score > best:
                best, history.best_epoch = score, epoch + 1
                best_w = Weights(w.E.copy(), w.U.copy(), w.b.copy(), w.alpha)
    history.seconds = time.perf_counter() - started
    return (best_w if evaluate is not None else w), history


def fit_temperature(z: Array, y: np.ndarray[Any, np.dtype[np.int64]]) -> float:
    """The temperature minimising the negative log-likelihood of ``y`` under ``softmax(z / T)``."""

    def nll(t: float) -> float:
        p = softmax(z / t)
        return float(-np.log(np.maximum(p[np.arange(len(y)), y], 1e-12)).mean())

    lo, hi = 0.05, 20.0  # golden-section search on log T: the NLL is unimodal in T
    g = (5**0.5 - 1) / 2
    a, b = np.log(lo), np.log(hi)
    for _ in range(40):
        c, d = b - g * (b - a), a + g * (b - a)
        if nll(float(np.exp(c))) < nll(float(np.exp(d))):
            b = d
        else:
            a = c
    return float(np.exp((a + b) / 2))
