"""Strings of the home screen's theme row and of the name question (``NameScreen``), in French and
English. Merged into ``cmsim.tui.strings.STRINGS``; the same translation and typography test covers them."""

from __future__ import annotations

SETTINGS_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "home.theme": "Theme",
        "theme.dark": "Dark",
        "theme.light": "Light",
        "key.not_now": "Not now",
        "name.title": "Who is practising?",
        "name.why": (
            "Your sessions and your profile are kept under this name. It is saved in the config file, so this "
            "is asked once (--name and CMSIM_NAME still come first). A practice session needs one."
        ),
        "name.keys": "Enter: save · Escape: not now",
    },
    "fr": {
        "home.theme": "Thème",
        "theme.dark": "Sombre",
        "theme.light": "Clair",
        "key.not_now": "Plus tard",
        "name.title": "Qui s'entraîne\u202f?",
        "name.why": (
            "Vos sessions et votre profil sont gardés sous ce nom. Il est enregistré dans le fichier de "
            "configuration\u00a0: la question n'est posée qu'une fois (--name et CMSIM_NAME passent avant). "
            "Une session d'entraînement en a besoin."
        ),
        "name.keys": "Entrée\u00a0: enregistrer · Échap\u00a0: plus tard",
    },
}
