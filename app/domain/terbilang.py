"""Numbers and remission amounts in Indonesian words, as staff write them on decrees and piagam.

`terbilang(45)` -> "empat puluh lima"; `duration_text(45)` -> "1 bulan 15 hari";
`duration_spelled(45)` -> "1 (satu) bulan 15 (lima belas) hari"; `thousands(1380)` -> "1.380".
A month of remission is 30 days (Keppres 174/1999 Pasal 7(4)); the rule table's `days_per_month`
is passed in by callers.
"""

from __future__ import annotations

ONES = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
# (size, singular prefix form, word): 1000 is "seribu", 1 000 000 is "satu juta"
SCALES = ((10**9, "satu miliar", "miliar"), (10**6, "satu juta", "juta"), (1000, "seribu", "ribu"))


def terbilang(number: int) -> str:
    """A whole number 0 <= number < 10**12 in Indonesian words."""
    if number < 0 or number >= 10**12:
        raise ValueError(f"out of range: {number}")
    if number == 0:
        return ONES[0]
    words: list[str] = []
    rest = number
    for size, single, word in SCALES:
        count, rest = divmod(rest, size)
        if count == 1:
            words.append(single)
        elif count:
            words += [_below_thousand(count), word]
    if rest:
        words.append(_below_thousand(rest))
    return " ".join(words)


def _below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    words: list[str] = []
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [ONES[hundreds], "ratus"]
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words += [ONES[tens], "puluh"] + ([ONES[ones]] if ones else [])
    elif rest >= 12:
        words += [ONES[rest - 10], "belas"]
    elif rest == 11:
        words.append("sebelas")
    elif rest == 10:
        words.append("sepuluh")
    elif rest:
        words.append(ONES[rest])
    return " ".join(words)


def months_and_days(days: int, days_per_month: int = 30) -> tuple[int, int]:
    if days < 0:
        raise ValueError(f"negative amount: {days}")
    return divmod(days, days_per_month)


def duration_text(days: int, days_per_month: int = 30) -> str:
    """60 -> "2 bulan", 45 -> "1 bulan 15 hari", 15 -> "15 hari", 0 -> "0 hari"."""
    months, rest = months_and_days(days, days_per_month)
    parts = ([f"{months} bulan"] if months else []) + ([f"{rest} hari"] if rest else [])
    return " ".join(parts) or "0 hari"


def duration_spelled(days: int, days_per_month: int = 30) -> str:
    """60 -> "2 (dua) bulan", 45 -> "1 (satu) bulan 15 (lima belas) hari"."""
    months, rest = months_and_days(days, days_per_month)
    parts = [f"{n} ({terbilang(n)}) {unit}" for n, unit in ((months, "bulan"), (rest, "hari")) if n]
    return " ".join(parts) or "0 (nol) hari"


def thousands(number: int) -> str:
    """Thousands with a dot, as Indonesian text writes them: 1.380."""
    return f"{number:,}".replace(",", ".")
