"""The shipped text model: it loads, answers sensibly, and the pipeline that built it still runs.

The accuracy figures themselves live in docs/classification.md (written by
``python -m streams.classifier.train``); here we only pin what must never
regress: unmistakable reports classified right, well-formed scores, garbage
scored low enough for the human intake queue, and ``gridcc classify``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gridcc.domain.taxonomy import load_taxonomy
from gridcc.settings import Settings
from streams.classifier.dataset import read_jsonl
from streams.classifier.fit import FitConfig
from streams.classifier.loader import load_classifier
from streams.classifier.model import MODEL_FILE, NgramModel, load_trained
from streams.classifier.train import run

ROOT = Path(__file__).resolve().parents[2]
THRESHOLD = 0.35


@pytest.fixture(scope="module")
def model() -> NgramModel:
    started = time.perf_counter()
    m = load_trained(load_taxonomy())
    assert m is not None, f"no usable model at {MODEL_FILE}"
    assert time.perf_counter() - started < 2.0, "model load must stay under 2 s"
    return m


def test_stream_uses_the_trained_model() -> None:
    assert isinstance(load_classifier(load_taxonomy(), Settings()), NgramModel)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("燃气泄漏好大一股煤气味", "YJ-02-01"),  # gas leak
        ("楼道里一股煤气味，是不是漏气了", "YJ-02-01"),
        ("季华路的路灯坏了好几盏，晚上黑麻麻", "BJ-01-18"),  # street light
        ("隔壁的狗叫了一整晚吵死人", "HJ-01-08"),  # barking dog
        ("有几个人在大排档门口打架", "ZA-01-01"),  # fight
        ("楼上装修电钻响了一整天", "HJ-01-05"),  # renovation noise
        ("我的电动车昨晚在楼下被偷了", "ZA-01-13"),  # e-bike theft
        ("老板三个月没发工资了", "LD-01-02"),  # unpaid wages (factory)
    ],
)
def test_unmistakable_reports(model: NgramModel, text: str, code: str) -> None:
    (p,) = model.predict([text])
    assert code in {c.code for c in p.top3}, (text, p)
    if code != "LD-01-02":  # wage arrears has seven sector variants; only top-3 is fair there
        assert p.code == code, (text, p)


def test_predictions_are_well_formed(model: NgramModel) -> None:
    texts = ["路口那个下水道盖子不见了，晚上骑车差点掉进去", "垃圾桶满了没人清", "xyz", "今天天气不错"]
    preds = model.predict(texts)
    assert len(preds) == len(texts)
    for p in preds:
        assert len(p.top3) == 3
        scores = [c.score for c in p.top3]
        assert scores == sorted(scores, reverse=True)
        assert all(0.0 <= s <= 1.0 for s in scores)
        assert sum(scores) <= 1.0 + 1e-6
        assert (p.code, p.score) == (p.top3[0].code, p.top3[0].score)
        assert p.code in model.codes
    assert model.predict([]) == []


@pytest.mark.parametrize("text", ["asdfghjkl qwerty", "今天天气不错", "12345", "？？？", "哈哈哈哈哈"])
def test_garbage_goes_to_the_intake_queue(model: NgramModel, text: str) -> None:
    (p,) = model.predict([text])
    assert p.score < THRESHOLD, p


def test_shipped_heldout_set_is_what_the_docs_describe() -> None:
    heldout = read_jsonl(ROOT / "streams/classifier/data/heldout.jsonl")
    handwritten = [e for e in heldout if e.origin.startswith("handwritten")]
    assert len(heldout) >= 500 and len(handwritten) >= 100
    train_texts = {e.text for e in read_jsonl(ROOT / "streams/classifier/data/train.jsonl.gz")}
    assert not train_texts & {e.text for e in heldout}
    assert "top-1" in (ROOT / "docs/classification.md").read_text(encoding="utf-8")


def test_training_pipeline_end_to_end(tmp_path: Path) -> None:
    results = run(out=tmp_path, docs=tmp_path / "report.md", limit=8, config=FitConfig(dim=16, epochs=3))
    assert results.n_types == 8 and results.n_train >= 8 * 30
    assert results.model["generated"].top1 >= 0.8
    model = load_trained(load_taxonomy(), tmp_path / "model.npz")
    assert model is not None and len(model.codes) == 8
    assert "# Citizen text classification" in (tmp_path / "report.md").read_text(encoding="utf-8")
    again = run(out=tmp_path / "again", docs=None, limit=8, config=FitConfig(dim=16, epochs=3))
    assert (tmp_path / "train.jsonl.gz").read_bytes() == (tmp_path / "again/train.jsonl.gz").read_bytes()
    assert again.model["generated"].top1 == results.model["generated"].top1


def test_gridcc_classify_cli() -> None:
    lines = [
        json.dumps({"text": "燃气泄漏好大一股煤气味"}, ensure_ascii=False),
        "this is not json",
        json.dumps({"text": "路灯不亮整条路黑麻麻"}, ensure_ascii=False),
        json.dumps({"nope": 1}),
    ]
    proc = subprocess.run(
        [sys.executable, "-m", "gridcc.cli", "classify"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == 4, proc.stderr
    assert out[0]["code"] == "YJ-02-01" and out[0]["name_zh"] == "燃气泄漏"
    assert [c["score"] for c in out[0]["top3"]] == sorted((c["score"] for c in out[0]["top3"]), reverse=True)
    assert "error" in out[1] and "line 2" in out[1]["error"]
    assert out[2]["code"] == "BJ-01-18"
    assert "error" in out[3]
    assert proc.returncode == 1  # some input lines were malformed
