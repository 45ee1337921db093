"""Opening hours are no next step: "call our care team on 0330…, Monday to Friday 9am to 5pm", "contactez le
secrétariat aux horaires d'ouverture (8 h 30 - 12 h / 14 h - 17 h)", "our chat is available 24/7" say when the brand
can be reached, not when anything happens for the person. Five tuning replies graded 5-10 on listening earned 56-60 on
the next step through such a time (fresh7's ceiling paint, fresh4's invoice templates, fresh5's MRI, fresh9's mirror).
A schedule is two times joined as a range ("Monday to Friday", "de 9 h à 18 h", "8 h 30 - 12 h") or a round-the-clock
mark ("24/7", "24 h/24", "7j/7"); the times of its sentence are no step's time. A step's own time stays one ("an
engineer will call you tomorrow", "on vous rappelle demain entre 9 h et 11 h"). A timestamp in a video ("abordé à
6:32 dans la vidéo", "3:42 in the video") says where to look, not when anything happens: no step's time either
(fresh2's parquet tutorial, graded 25, next step 60 on "6:32"). Situations written for this test (a
courier's missed deliveries, a kitchen fitter's cancelled appointments), none from the development set."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_on_missed

SCHEDULES = [
    ("en", "Dan, please call our customer care team on 0800 123 4567, Monday to Friday 9am to 5pm."),
    ("en", "Dan, our support hours are Monday to Friday, 8am to 8pm."),
    ("en", "Dan, our live chat is available 24/7 in the app."),
    ("en", "Dan, the depot is open from 8:30 to 17:00 on weekdays."),
    ("fr", "Léa, merci de contacter notre service client au 04 78 12 34 56, du lundi au vendredi de 9 h à 18 h."),
    ("fr", "Léa, contactez le secrétariat aux horaires d'ouverture (8 h 30 - 12 h / 14 h - 17 h)."),
    ("fr", "Léa, notre service client répond 24 h/24 par téléphone."),
    ("fr", "Léa, le showroom est ouvert du mardi au samedi."),
]
TIMESTAMPS = [
    ("en", "Dan, how to reschedule is shown at 3:42 in the video."),
    ("en", "Dan, the delivery window setting is explained at 2:15 in our tutorial."),
    ("fr", "Léa, le joint de dilatation est abordé à 6:32 dans la vidéo."),
    ("fr", "Léa, le réglage des charnières est expliqué à 4:10 du tuto."),
]
STEPS = [
    ("en", "Dan, an engineer will call you tomorrow between 9am and 11am."),
    ("en", "Dan, your new slot is Saturday, and we're refunding the three wasted days."),
    ("fr", "Léa, on vous rappelle demain entre 9 h et 11 h."),
    ("fr", "Léa, le poseur passe samedi de 8 h à 12 h pour finir la cuisine."),
    ("fr", "Léa, le poseur passe demain à 9:30 pour finir la cuisine."),
    ("en", "Dan, the driver will call you at 9:30 tomorrow, before the video call with our manager."),
]


@pytest.mark.parametrize(("lang", "reply"), SCHEDULES)
def test_opening_hours_are_no_next_step(lang: str, reply: str) -> None:
    score, evidence = criterion_on_missed(lang, reply, "next-step")
    assert score == 0, evidence


@pytest.mark.parametrize(("lang", "reply"), TIMESTAMPS)
def test_a_timestamp_in_a_video_is_no_next_step(lang: str, reply: str) -> None:
    score, evidence = criterion_on_missed(lang, reply, "next-step")
    assert score == 0, evidence


@pytest.mark.parametrize(("lang", "reply"), STEPS)
def test_a_steps_own_time_still_counts(lang: str, reply: str) -> None:
    score, evidence = criterion_on_missed(lang, reply, "next-step")
    assert score >= 60, evidence
