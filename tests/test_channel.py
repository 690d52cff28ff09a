"""The pipe pair a render's child process talks over: values arrive whole however large, a closed end is seen as
the end, and a sender whose reader never reads gives up at its deadline instead of hanging the command."""

from __future__ import annotations

import threading
import time

import pytest

from toolkit.channel import Channel, ChannelTimeoutError


@pytest.fixture
def ends():
    parent, child = Channel.pair()
    yield parent, child
    parent.close()
    child.close()


def test_values_go_both_ways_in_order(ends):
    parent, child = ends
    parent.send({"fmt": "pdf"})
    parent.send(["second"])
    assert child.recv() == {"fmt": "pdf"} and child.recv() == ["second"]
    child.send(b"%PDF-1.7")
    assert parent.recv() == b"%PDF-1.7"


def test_a_value_larger_than_a_pipe_holds_arrives_whole(ends):
    parent, child = ends
    text = "résumé " * 1_000_000
    received = []
    reader = threading.Thread(target=lambda: received.append(child.recv()))
    reader.start()
    parent.send(text)
    reader.join(timeout=30)
    assert received == [text]


def test_poll_says_whether_a_message_waits(ends):
    parent, child = ends
    assert child.poll(0) is False
    parent.send(1)
    assert child.poll(0) is True


def test_the_other_end_closing_is_an_end_of_file(ends):
    parent, child = ends
    child.close()
    assert parent.poll(1) is True  # a hang-up wakes the waiter too
    with pytest.raises(EOFError):
        parent.recv()
    with pytest.raises(OSError, match="the channel is closed"):
        child.send(1)


def test_a_sender_whose_reader_never_reads_stops_at_its_deadline(ends):
    parent, _child = ends
    started = time.monotonic()
    with pytest.raises(ChannelTimeoutError):
        parent.send(b"x" * 5_000_000, deadline=time.monotonic() + 0.2)
    assert time.monotonic() - started < 5
