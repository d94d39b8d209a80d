"""An ONNX export is reused only while its files are untouched, and made once however many ask."""

from __future__ import annotations

import os
import shutil

import pytest

from index.encoders import onnx_export
from index.encoders.onnx_encoder import DATA_FILE, INFO_FILE, MODEL_FILE
from index.encoders.onnx_export import is_current

model = pytest.mark.model  # these copy the real export


@model
@pytest.mark.parametrize("name", [MODEL_FILE, DATA_FILE])
def test_an_export_is_current_only_while_its_files_are_untouched(onnx_encoder, tmp_path, name):
    copy = tmp_path / "encoder"
    shutil.copytree(onnx_encoder.folder, copy)  # copy2 keeps the modification times
    assert is_current(copy)
    os.utime(copy / name, ns=(1, 1))
    assert not is_current(copy)
    assert not is_current(tmp_path / "missing")
    (copy / INFO_FILE).write_text("{not json")
    assert not is_current(copy)


@model
def test_processes_exporting_at_once_export_once(onnx_encoder, tmp_path, monkeypatch):
    import threading
    import time

    folder, calls = tmp_path / "encoder", []

    def slow_export(target):
        calls.append(target)
        time.sleep(0.3)  # long enough for the other thread to reach the lock
        shutil.copytree(onnx_encoder.folder, target)
        return target

    monkeypatch.setattr(onnx_export, "_export_into", slow_export)
    threads = [threading.Thread(target=onnx_export.export_onnx, args=(folder,)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [folder] and is_current(folder)
