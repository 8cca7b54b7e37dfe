"""PySide6 6.12.0 took a reference from True on every Signal.emit made from Python: after some
tens of thousands of emits (progress, book changes) the process ended with "Fatal Python error:
bool_dealloc". Pinning another release must not bring that back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    plain = Signal()
    flag = Signal(bool)
    value = Signal(object)


def test_emitting_signals_leaves_the_reference_counts_of_true_and_false_alone(qtbot) -> None:
    sender, received = _Sender(), []
    sender.plain.connect(lambda: received.append(None))
    sender.flag.connect(received.append)
    sender.value.connect(received.append)
    received_before = len(received)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        sender.plain.emit()
        sender.flag.emit(False)
        sender.value.emit(None)
    assert len(received) - received_before == 600
    received.clear()  # it held 400 references to False and None, none to True
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
