"""A new model file is picked up without a restart, swapped atomically, and a broken one is refused."""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

from vision.detector import Detector, OnnxDetector
from vision.hotreload import ModelHolder
from vision.matters import MatterMap
from vision.pipeline import Pipeline
from vision.registry import Watch, build_registry
from vision.sinks import MemorySink
from vision.train import Trained, install


def _touch(path: Path, text: str, mtime_ns: int) -> None:
    path.write_text(text)
    os.utime(path, ns=(mtime_ns, mtime_ns))


def test_reload_waits_for_the_write_to_settle_and_refuses_broken_files(tmp_path: Path) -> None:
    model = tmp_path / "m.onnx"
    _touch(model, "v1", 1_000_000_000)

    def loader(p: Path) -> Detector:
        text = p.read_text()
        if text.startswith("broken"):
            raise ValueError("not a model")
        return SimpleNamespace(names={0: text}, source=p, device="cpu")  # type: ignore[return-value]

    holder = ModelHolder(model, loader)
    assert holder.current.names == {0: "v1"} and not holder.reload_if_changed()
    _touch(model, "v2", 2_000_000_000)
    assert not holder.reload_if_changed()  # first sight: the writer may not be done
    assert holder.reload_if_changed() and holder.current.names == {0: "v2"} and holder.version == 2
    _touch(model, "broken!", 3_000_000_000)
    assert not holder.reload_if_changed() and not holder.reload_if_changed()
    assert holder.current.names == {0: "v2"} and holder.failures == 1
    assert not holder.reload_if_changed()  # the same broken file is not retried every poll
    model.unlink()
    assert not holder.reload_if_changed() and holder.current.names == {0: "v2"}


def test_workers_swap_in_a_retrained_model(tmp_path: Path, model_onnx: Path, trained: tuple[Trained, float]) -> None:
    watched = tmp_path / "detector.onnx"
    shutil.copyfile(model_onnx, watched)
    holder = ModelHolder(watched, lambda p: OnnxDetector(p, 320, threads=1))
    matters = MatterMap({w: f"T-{w.value}" for w in Watch}, {}, frozenset())
    pipe = Pipeline(build_registry(3, seed=1), holder, MemorySink(), matters)
    pipe.sync_model(holder.current)
    assert pipe.enabled == {Watch.PERSON_DOWN, Watch.GATHERING}
    before = holder.current

    async def watch_until_swapped() -> None:
        stop = asyncio.Event()
        task = asyncio.create_task(holder.watch(stop, every_s=0.05))
        install(trained[0].onnx, watched)  # atomic rename over the watched file
        for _ in range(200):
            await asyncio.sleep(0.05)
            if holder.version == 2:
                break
        stop.set()
        await task

    asyncio.run(watch_until_swapped())
    assert holder.version == 2 and holder.current is not before
    assert holder.current.names == {0: "smoke", 1: "pile"}
    pipe.sync_model(holder.current)
    assert pipe.enabled == {Watch.SMOKE, Watch.PILE}
