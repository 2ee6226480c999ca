"""Names people read for the remission codes: kinds, categories, and short labels of the exclusion
reasons for counts (statistics on screen and on paper). Indonesian, marked for translation.

The catalogue's texts (reasons.py) carry one person's details ({date}, {served} ...); a count
needs the reason without them. Unknown codes fall back to the catalogue template with its blanks
shown as "…".
"""

from __future__ import annotations

import string

from app.domain.remission.reasons import CATALOGUE
from app.text import QT_TRANSLATE_NOOP

KIND_NAMES = {
    "RU": QT_TRANSLATE_NOOP("remission", "Remisi Umum"),
    "RK": QT_TRANSLATE_NOOP("remission", "Remisi Khusus"),
    "RD": QT_TRANSLATE_NOOP("remission", "Remisi Dasawarsa"),
    "PMP": QT_TRANSLATE_NOOP("remission", "Pengurangan Masa Pidana anak"),
    "RT": QT_TRANSLATE_NOOP("remission", "Remisi Tambahan"),
}
CEREMONY_KINDS = ("RU", "RK", "RD")  # what a ceremony hands out (RT and PMP come with RU/RK)
CATEGORY_LABELS = {
    "I": QT_TRANSLATE_NOOP("remission", "Kategori I (masa pidana berkurang)"),
    "II": QT_TRANSLATE_NOOP("remission", "Kategori II (bebas pada hari remisi)"),
}
# category II of someone with an unpaid fine substitute: the main sentence ends on the day, the
# person goes free after the substitute (remission.md: "still counts as category II")
CATEGORY_II_SUBSTITUTE_LABEL = QT_TRANSLATE_NOOP(
    "remission", "Kategori II (bebas setelah kurungan pengganti denda)"
)


def category_counts(by_category: dict[str, int], substitute: int) -> list[tuple[str, int]]:
    """(label, people) by category, category II split into free on the day and free after the
    fine substitute (that row only when someone is in it); labels untranslated."""
    rows = []
    for category, count in sorted(by_category.items()):
        if category == "II":
            rows.append((CATEGORY_LABELS["II"], count - substitute))
            if substitute:
                rows.append((CATEGORY_II_SUBSTITUTE_LABEL, substitute))
        else:
            rows.append((CATEGORY_LABELS.get(category, category), count))
    return rows


# not the engine's: the register gives no case (remission_cases.register_rows)
INCOMPLETE = "REGISTER_INCOMPLETE"  # the detention start is not recorded
INVALID = "REGISTER_INVALID"  # a stored value no case can be built from (a sentence > 100 years)

REASON_LABELS = {
    "NOT_NARAPIDANA": QT_TRANSLATE_NOOP("remission", "Belum narapidana (belum ada putusan berkekuatan hukum tetap)"),
    "SENTENCE_LIFE_OR_DEATH": QT_TRANSLATE_NOOP("remission", "Pidana seumur hidup atau pidana mati"),
    "NOT_YET_DETAINED": QT_TRANSLATE_NOOP("remission", "Penahanan dimulai sesudah hari remisi"),
    "ALREADY_RELEASED": QT_TRANSLATE_NOOP("remission", "Masa pidana sudah berakhir sebelum hari remisi"),
    "SERVED_TOO_SHORT": QT_TRANSLATE_NOOP("remission", "Masa pidana yang dijalani belum memenuhi syarat"),
    "DISCIPLINE": QT_TRANSLATE_NOOP("remission", "Tercatat hukuman disiplin (register F)"),
    "SERVING_SUBSTITUTE": QT_TRANSLATE_NOOP("remission", "Sedang menjalani pidana kurungan pengganti denda"),
    "NO_RELIGIOUS_HOLIDAY": QT_TRANSLATE_NOOP("remission", "Agamanya tidak memiliki hari besar Remisi Khusus"),
    "RELIGION_MISMATCH": QT_TRANSLATE_NOOP("remission", "Hari besar agamanya bukan hari remisi ini"),
    "ALREADY_GRANTED_THIS_YEAR": QT_TRANSLATE_NOOP("remission", "Sudah menerima remisi ini pada tahun yang sama"),
    INCOMPLETE: QT_TRANSLATE_NOOP("remission", "Data register belum lengkap"),
    INVALID: QT_TRANSLATE_NOOP("remission", "Data register tidak sah"),
}  # fmt: skip


def kind_order(kind: str) -> int:
    """Sort key: the kinds in the order of KIND_NAMES (RU, RK, RD, PMP, RT), unknown ones last."""
    order = tuple(KIND_NAMES)
    return order.index(kind) if kind in order else len(order)


def reason_label(code: str) -> str:
    """The (Indonesian, untranslated) count label of a reason code."""
    if code in REASON_LABELS:
        return REASON_LABELS[code]
    if code in CATALOGUE:
        parts = string.Formatter().parse(CATALOGUE[code][1])
        return "".join(text + ("…" if name is not None else "") for text, name, _, _ in parts)
    return code
