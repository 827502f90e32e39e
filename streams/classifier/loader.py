"""Which text classifier the stream and ``gridcc classify`` use: the trained model when present."""

from __future__ import annotations

import logging

from gridcc.domain.taxonomy import Taxonomy
from gridcc.settings import Settings
from streams.classifier import TextClassifier
from streams.classifier.keyword import KeywordClassifier

log = logging.getLogger(__name__)


def load_classifier(taxonomy: Taxonomy, settings: Settings) -> TextClassifier:
    try:
        from streams.classifier.model import load_trained
    except ImportError:
        load_trained = None
    if load_trained is not None:
        model: TextClassifier | None = load_trained(taxonomy)
        if model is not None:
            return model
    log.warning("no trained text model found: using keyword matching")
    return KeywordClassifier(taxonomy, frozenset({"citizen"}))
