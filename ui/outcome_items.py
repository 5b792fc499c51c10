"""The wording of the standard questionnaires' items and answers, for entry screens.

Short forms of the published items (PHQ-9 and GAD-7: Pfizer's public-domain
screeners, "Over the last 2 weeks, how often have you been bothered by …"; K10:
Kessler et al. 2002, "In the past 4 weeks, about how often did you feel …"), so a
clinician copying a paper form sees which row is which. Translated through Qt.
Clinic-defined measures are entered as a total and have no items.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "OutcomeItems"

_ITEMS: dict[str, tuple[str, ...]] = {
    "PHQ-9": (
        QT_TRANSLATE_NOOP("OutcomeItems", "Little interest or pleasure in doing things"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Feeling down, depressed, or hopeless"),
        QT_TRANSLATE_NOOP(
            "OutcomeItems", "Trouble falling or staying asleep, or sleeping too much"
        ),
        QT_TRANSLATE_NOOP("OutcomeItems", "Feeling tired or having little energy"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Poor appetite or overeating"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Feeling bad about yourself, or that you are a failure"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Trouble concentrating on things"),
        QT_TRANSLATE_NOOP(
            "OutcomeItems", "Moving or speaking slowly, or being fidgety or restless"
        ),
        QT_TRANSLATE_NOOP(
            "OutcomeItems", "Thoughts of being better off dead or of hurting yourself"
        ),
    ),
    "GAD-7": (
        QT_TRANSLATE_NOOP("OutcomeItems", "Feeling nervous, anxious, or on edge"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Not being able to stop or control worrying"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Worrying too much about different things"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Trouble relaxing"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Being so restless that it is hard to sit still"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Becoming easily annoyed or irritable"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Feeling afraid, as if something awful might happen"),
    ),
    "K10": (
        QT_TRANSLATE_NOOP("OutcomeItems", "Tired out for no good reason"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Nervous"),
        QT_TRANSLATE_NOOP("OutcomeItems", "So nervous that nothing could calm you down"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Hopeless"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Restless or fidgety"),
        QT_TRANSLATE_NOOP("OutcomeItems", "So restless you could not sit still"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Depressed"),
        QT_TRANSLATE_NOOP("OutcomeItems", "That everything was an effort"),
        QT_TRANSLATE_NOOP("OutcomeItems", "So sad that nothing could cheer you up"),
        QT_TRANSLATE_NOOP("OutcomeItems", "Worthless"),
    ),
}

_SCALES: dict[str, str] = {
    "PHQ-9": QT_TRANSLATE_NOOP(
        "OutcomeItems",
        "Over the last 2 weeks: 0 not at all · 1 several days · 2 more than half the days · "
        "3 nearly every day",
    ),
    "GAD-7": QT_TRANSLATE_NOOP(
        "OutcomeItems",
        "Over the last 2 weeks: 0 not at all · 1 several days · 2 more than half the days · "
        "3 nearly every day",
    ),
    "K10": QT_TRANSLATE_NOOP(
        "OutcomeItems",
        "In the past 4 weeks: 1 none of the time · 2 a little · 3 some · 4 most · "
        "5 all of the time",
    ),
}

# An answer above the item's lowest here needs the clinic's risk procedure (PHQ-9 item 9).
RISK_ITEMS: dict[str, int] = {"PHQ-9": 9}


def item_text(measure: str, number: int) -> str:
    """Item ``number`` (1-based) of a standard measure, or "Item n"."""
    items = _ITEMS.get(measure, ())
    if 1 <= number <= len(items):
        return QCoreApplication.translate(_CTX, items[number - 1])
    return QCoreApplication.translate("OutcomeItems", "Item {n}").format(n=number)


def answer_scale(measure: str) -> str:
    """What the answers mean ("0 not at all · …"), or "" when not known."""
    text = _SCALES.get(measure)
    return QCoreApplication.translate(_CTX, text) if text else ""
