"""An ONNX export is reused only while its files' contents are untouched, and made once however
many ask."""

from __future__ import annotations

import os
import shutil

import pytest

from index.encoders import onnx_export
from index.encoders.onnx_encoder import DATA_FILE, INFO_FILE, MODEL_FILE
from index.encoders.onnx_export import is_current

model = pytest.mark.model  # these copy the real export


def flip_one_byte_keeping_size_and_time(path) -> None:
    stat = path.stat()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


@model
@pytest.mark.parametrize("name", [MODEL_FILE, DATA_FILE])
def test_an_export_is_current_only_while_its_files_contents_are_untouched(onnx_encoder, tmp_path,
                                                                          name):
    copy = tmp_path / "encoder"
    shutil.copytree(onnx_encoder.folder, copy)
    assert is_current(copy)
    os.utime(copy / name, ns=(1, 1))  # a new time alone (a copy, a backup) changes nothing
    assert is_current(copy)
    flip_one_byte_keeping_size_and_time(copy / name)
    assert not is_current(copy)
    assert not is_current(tmp_path / "missing")
    (copy / INFO_FILE).write_text("{not json")
    assert not is_current(copy)


@model
@pytest.mark.parametrize("name", [MODEL_FILE, DATA_FILE])
def test_a_damaged_export_is_exported_again_on_the_next_load(onnx_encoder, tmp_path, monkeypatch,
                                                             caplog, name):
    from index.encoders import OnnxEncoder, load_encoder

    folder = tmp_path / "encoder"
    shutil.copytree(onnx_encoder.folder, folder)
    flip_one_byte_keeping_size_and_time(folder / name)
    exported = []

    def export_a_good_copy(target):  # what the real export writes, without its 10 s
        exported.append(target)
        shutil.rmtree(target)
        shutil.copytree(onnx_encoder.folder, target)
        return target

    monkeypatch.setattr(onnx_export, "_export_into", export_a_good_copy)
    with caplog.at_level("WARNING"):
        encoder = load_encoder("onnx", folder)
    assert exported == [folder] and isinstance(encoder, OnnxEncoder)
    assert "does not match" in caplog.text and is_current(folder)
    assert encoder.encode(["cramp"]).shape == (1, 384)


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
