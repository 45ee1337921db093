"""The calibration lab: blind sheets, raters' grades, agreement figures checked against hand
computations, disagreements explained, agreed replies promoted to calibration examples."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
import yaml

from cmsim.cli import main
from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, StepResult
from cmsim.model.scenario import Scenario, Step
from cmsim.scoring.agreement import band5, concordance, krippendorff_alpha, quadratic_kappa
from cmsim.session.gradereport import build_report

REPLIES = {
    "A": "Tom, three weeks without your refund after two emails is too long. DM me the order number. – Will",
    "B": "Hi Tom, sorry your refund is taking so long. Please DM us your order number.",
    "C": "Could you send us your order number by DM, please?",
    "D": "Refunds take up to 30 days, that's our policy, period.",
}
# The hand-computed fixture: two raters grade listening on four replies; the scorer is a table.
RATER1 = {"A": 90, "B": 60, "C": 30, "D": 10}
RATER2 = {"A": 80, "B": 60, "C": 40, "D": 20}
SCORER = {"A": 80, "B": 50, "C": 50, "D": 20}


def test_alpha_matches_krippendorffs_published_example() -> None:
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units, with
    # missing values; published α interval 0.849, ordinal 0.815.
    n = None
    rows = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ]
    units = [[v for v in column if v is not None] for column in zip(*rows, strict=True)]
    assert round(krippendorff_alpha(units, "interval") or 0, 3) == 0.849
    assert round(krippendorff_alpha(units, "ordinal") or 0, 3) == 0.815


def test_hand_computed_fixture() -> None:
    units = [[RATER1[k], RATER2[k]] for k in "ABCD"]
    # Interval α = 1 - (n-1)·Do/De. Within units, ordered pairs: 2·(10² + 0 + 10² + 10²) = 600.
    # All 8 values: mean 48.75, Σ(v-mean)² = 24700 - 8·48.75² = 5687.5; ordered pairs Σ(vi-vj)² =
    # 2·8·5687.5 = 91000. α = 1 - 7·600/91000 = 0.953846…
    assert krippendorff_alpha(units) == pytest.approx(1 - 7 * 600 / 91000)
    consensus = [(RATER1[k] + RATER2[k]) / 2 for k in "ABCD"]  # 85, 60, 35, 15
    # Concordance: 6 pairs, the scorer ties B and C (50, 50): a failure; 5/6.
    assert concordance(consensus, [SCORER[k] for k in "ABCD"]) == (pytest.approx(5 / 6), 6)
    # κ on five bands: consensus 5,4,2,1; scorer 5,3,3,2. Σw·O = (0+1+1+1)/16 over 4 items; with the
    # margins, Σ r_i c_j (i-j)² = 25 + 11 + 7 + 17 = 60 → Σw·E = 60/(16·16)·4. κ = 1 - 12/60 = 0.8.
    assert [band5(c) for c in consensus] == [5, 4, 2, 1]
    assert quadratic_kappa([band5(c) for c in consensus], [band5(SCORER[k]) for k in "ABCD"]) == pytest.approx(0.8)


def test_perfect_agreement_and_no_variation() -> None:
    assert krippendorff_alpha([[10, 10], [80, 80]]) == 1.0
    assert krippendorff_alpha([[50, 50], [50, 50]]) is None  # nothing to compare against
    assert krippendorff_alpha([[50]]) is None  # one rater: nothing pairable


class TableScorer:
    """The scorer of the fixture: listening only, from the table above."""

    name = "table"

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        letter = next(k for k, v in REPLIES.items() if v == answer.fields["reply"])
        return StepResult(step_id=step.id, scores={Quality.listening: SCORER[letter]}, scorer=self.name)


def _jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "replies.jsonl"
    thread = [{"author": "Tom", "text": "Three weeks and still no refund. I've emailed twice."}]
    lines = [json.dumps({"id": k, "lang": "en", "thread": thread, "reply": v}) for k, v in REPLIES.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _letter(key: dict[str, object], item: str) -> str:
    return str(key["items"][item]["data"]["id"])  # type: ignore[index]


def _fill_yaml(lab: Path, rater: str, grades: dict[str, int], out: Path) -> Path:
    key = json.loads((lab / "key.json").read_text("utf-8"))
    sheet = yaml.safe_load((lab / "sheet.yaml").read_text("utf-8"))
    sheet["rater"] = rater
    for row in sheet["rows"]:
        if row["quality"] == "listening":
            row["grade"] = grades[_letter(key, row["item"])]
    out.write_text(yaml.safe_dump(sheet, allow_unicode=True), encoding="utf-8")
    return out


def _fill_csv(lab: Path, grades: dict[str, int], out: Path) -> Path:
    key = json.loads((lab / "key.json").read_text("utf-8"))
    with (lab / "sheet.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["quality"] == "listening":
            row["grade"] = str(grades[_letter(key, row["item"])])
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out


def test_report_on_the_fixture_lab_gives_the_hand_computed_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lab = tmp_path / "lab"
    assert main(["grade", "export", str(lab), "--replies", str(_jsonl(tmp_path)), "--seed", "7"]) == 0
    sheet = (lab / "sheet.yaml").read_text("utf-8")
    data = yaml.safe_load(sheet)
    rows = data["rows"]
    assert all(set(r) == {"item", "quality", "grade", "note"} and r["grade"] is None for r in rows)  # no scores
    assert all(set(i) == {"situation", "thread", "task", "reply"} for i in data["items"].values())
    assert "Tom: Three weeks" in sheet  # the context a rater needs
    assert len(rows) == 4 * 3  # one row per reply and quality (public-reply: three qualities)
    key = json.loads((lab / "key.json").read_text("utf-8"))
    assert [_letter(key, i) for i in sorted(key["items"])] != list("ABCD")  # shuffled (seed 7)
    one = _fill_yaml(lab, "ann", RATER1, tmp_path / "ann.yaml")
    two = _fill_csv(lab, RATER2, tmp_path / "bob.csv")
    assert main(["grade", "import", str(lab), str(one)]) == 0
    assert main(["grade", "import", str(lab), str(two), "--rater", "bob"]) == 0
    report = build_report(lab, {"table": TableScorer()})
    listening = next(r for r in report.rater_agreement if r.quality == "listening")
    assert listening.items == 4 and listening.alpha_interval == pytest.approx(1 - 7 * 600 / 91000)
    scorer = next(s for s in report.scorer_agreement if s.quality == "listening")
    assert (scorer.items, scorer.pairs) == (4, 6)
    assert scorer.concordance == pytest.approx(5 / 6) and scorer.kappa == pytest.approx(0.8)
    worst = report.worst[0]  # |80-85|=5, |50-60|=10, |50-35|=15, |20-15|=5: C is the worst
    assert (REPLIES[_letter(key, worst.item)], worst.score, worst.consensus) == (REPLIES["C"], 50, 35)
    capsys.readouterr()
    assert main(["grade", "report", str(lab), "--html", str(tmp_path / "r.html")]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^  Listening +4 +0\.95 ", out, re.M) and "raters: ann, bob" in out
    page = (tmp_path / "r.html").read_text("utf-8")
    assert "<script" not in page and "http" not in page.replace("http-equiv", "") and "0.95" in page
    assert main(["grade", "report", str(lab), "--lang", "fr"]) == 0
    french = capsys.readouterr().out
    assert "Accord entre correcteurs (α de Krippendorff)" in french
    assert re.search(r"^  Écoute +4 +0\.95 ", french, re.M) and "toutes qualités" in french  # not the ids
    assert not re.search(r"^  (listening|all) ", french, re.M) and "4 réponses, 4 notées" in french


def test_a_french_sheet_reads_back_with_french_bands(tmp_path: Path) -> None:
    from cmsim.session.grading import read_key, read_sheet

    lab = tmp_path / "lab"
    assert main(["grade", "export", str(lab), "--replies", str(_jsonl(tmp_path)), "--lang", "fr"]) == 0
    text = (lab / "sheet.yaml").read_text("utf-8")
    assert text.startswith("# Grille de notation cmsim") and "votre nom" in text
    filled = text.replace('rater: ""', 'rater: "Léa"').replace("    grade:\n", "    grade: bon\n", 1)
    (tmp_path / "lea.yaml").write_text(filled, encoding="utf-8")
    rater, grades = read_sheet(tmp_path / "lea.yaml", read_key(lab))
    assert rater == "Léa" and [g for q in grades.values() for g in q.values()] == [85.0]


def test_import_locates_bad_grades(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lab = tmp_path / "lab"
    assert main(["grade", "export", str(lab), "--replies", str(_jsonl(tmp_path)), "--seed", "1"]) == 0
    text = (lab / "sheet.yaml").read_text("utf-8").replace("    grade:\n", "    grade: 150\n", 1)
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["grade", "import", str(lab), str(tmp_path / "bad.yaml")]) == 1
    line = text.splitlines().index("    grade: 150") + 1
    err = capsys.readouterr().err
    assert f"bad.yaml:{line}:1: error:" in err and "150 is outside 0-100" in err
    assert not (lab / "grades").exists()  # nothing half-imported


@pytest.mark.parametrize(("encoding", "expected"), [("cp1252", "not UTF-8 text (byte 0xE9)"), ("utf-16", "UTF-16")])
def test_a_sheet_saved_by_a_spreadsheet_in_another_encoding_is_named_not_a_codec_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, expected: str
) -> None:
    lab = tmp_path / "lab"
    assert main(["grade", "export", str(lab), "--replies", str(_jsonl(tmp_path)), "--seed", "1"]) == 0
    filled = _fill_csv(lab, RATER1, tmp_path / "filled.csv")
    text = filled.read_text("utf-8").replace("\r\n", "\n").replace(",\n", ",réponse sèche\n", 1)
    (tmp_path / "excel.csv").write_bytes(text.encode(encoding))
    capsys.readouterr()
    assert main(["grade", "import", str(lab), str(tmp_path / "excel.csv")]) == 1
    err = capsys.readouterr().err
    assert "excel.csv:" in err and expected in err and "save" in err
    assert "codec" not in err and "Traceback" not in err
    assert not (lab / "grades").exists()
    # the same sheet in UTF-8 (with the BOM spreadsheets write) imports
    (tmp_path / "bom.csv").write_bytes(text.encode("utf-8-sig"))
    assert main(["grade", "import", str(lab), str(tmp_path / "bom.csv")]) == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"reply": ' + b"[" * 1000 + b"]" * 1000 + b"}\n", "JSON nested too deeply"),
        ('{"reply": "caf\xe9"}\n'.encode("latin-1"), "not UTF-8 text (byte 0xE9); save the file as UTF-8"),
        ('{"reply": "hi"}\n'.encode("utf-16"), "the file is UTF-16 text"),
    ],
)
def test_export_reads_replies_as_score_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    # grade export --replies had its own reader: a traceback on deep JSON, a codec error on Latin-1.
    replies = tmp_path / "replies.jsonl"
    replies.write_bytes(content)
    assert main(["grade", "export", str(tmp_path / "lab"), "--replies", str(replies)]) == 1
    err = capsys.readouterr().err
    assert "replies.jsonl:1:" in err and expected in err
    assert "Traceback" not in err and "codec" not in err
    assert not (tmp_path / "lab").exists()


def test_export_keeps_a_line_separator_inside_a_reply_and_refuses_devices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replies = tmp_path / "replies.jsonl"
    thread = [{"author": "Tom", "text": "Still no refund."}]
    replies.write_text(json.dumps({"thread": thread, "reply": "Tom,\u2028sorry\u0085we're on it."}, ensure_ascii=False)
                       + "\n", encoding="utf-8-sig")
    assert main(["grade", "export", str(tmp_path / "lab"), "--replies", str(replies)]) == 0
    assert "1 replies" in capsys.readouterr().out
    assert main(["grade", "export", str(tmp_path / "lab2"), "--replies", "/dev/zero"]) == 1
    assert "not a regular file" in capsys.readouterr().err
