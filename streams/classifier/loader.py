"""Which text classifier the stream and ``gridcc classify`` use: the trained model when its file is present."""

from __future__ import annotations

import logging

from gridcc.domain.taxonomy import Taxonomy
from gridcc.settings import Settings
from streams.classifier import TextClassifier
from streams.classifier.keyword import KeywordClassifier
from streams.classifier.model import load_trained

log = logging.getLogger(__name__)


def load_classifier(taxonomy: Taxonomy, settings: Settings) -> TextClassifier:
    del settings  # one model for every deployment today; the argument keeps room for a configured path
    model: TextClassifier | None = load_trained(taxonomy)
    if model is not None:
        return model
    log.warning("no trained text model found: using keyword matching")
    return KeywordClassifier(taxonomy, frozenset({"citizen"}))
