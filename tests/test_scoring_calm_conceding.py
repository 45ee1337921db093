"""A contrast that concedes does not take an acknowledgement back (calm, listening's feeling).

"I'm sorry, but you have a point" or "désolé, mais vous n'avez pas tort" turn towards the person, where "sorry, but
you should have made a backup" turns against them. Sentences written for this test, in no dev-set situation."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {
    "en": [{"author": "Nadia Reyes",
            "text": "Your app update wiped every playlist I had saved. Years of them, gone. I'm so angry."}],
    "fr": [{"author": "Nadia Reyes",
            "text": "Votre mise à jour a effacé toutes mes playlists. Des années de travail. Je suis furieuse."}],
}
ACK = {"en": "Nadia, I'm so sorry, losing years of playlists is awful.",
       "fr": "Nadia, je suis vraiment désolé, perdre des années de playlists, c'est terrible."}
CONCEDES = {
    "en": ["But you have a point, the update should never have touched them.",
           "But you're not wrong: that update was rushed.",
           "But the people in this thread are right, it should never have happened."],
    "fr": ["Mais vous n'avez pas tort, la mise à jour n'aurait jamais dû y toucher.",
           "Mais les personnes de ce fil ont raison : cela n'aurait jamais dû arriver.",
           "Mais tu as pas tort, cette mise à jour a été faite trop vite."],
}
DEFENDS = {
    "en": "But updates are announced a week ahead, and playlists are the user's responsibility.",
    "fr": "Mais les mises à jour sont annoncées une semaine avant, et les playlists relèvent de l'utilisateur.",
}


def _calm(lang: str, reply: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=reply, expect={"person": "Nadia"})
    words = [e.text.lower() for c in result.criteria if c.quality == "calm" for e in c.evidence]
    return result.scores["calm"], words


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_concession_after_the_contrast_keeps_the_acknowledgement(lang: str) -> None:
    defended, defended_words = _calm(lang, f"{ACK[lang]} {DEFENDS[lang]}")
    assert {"but", "mais"} & set(defended_words)  # the defence is caught, on the contrast word
    for concession in CONCEDES[lang]:
        conceded, words = _calm(lang, f"{ACK[lang]} {concession}")
        assert not {"but", "mais"} & set(words), concession
        assert conceded > defended + 10, concession
