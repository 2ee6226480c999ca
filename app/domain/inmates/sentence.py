"""Sentence length in years, months and days, and how it is added to a date (remission.md:
years and months as calendar years and months, then days as days)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.remission.arith import add_months, sentence_length

__all__ = ["Sentence", "add_months", "add_sentence"]


@dataclass(frozen=True, order=True)
class Sentence:
    years: int = 0
    months: int = 0
    days: int = 0

    @property
    def total_months(self) -> int:
        return self.years * 12 + self.months

    def key(self) -> tuple[int, int]:
        """(whole months, days): compares lengths without assuming a month's days."""
        return (self.total_months, self.days)

    def is_positive(self) -> bool:
        return self.years > 0 or self.months > 0 or self.days > 0

    def is_valid(self) -> bool:
        return min(self.years, self.months, self.days) >= 0

    def describe(self, lang: str = "id") -> str:
        """'2 tahun 6 bulan 10 hari' (parts that are zero left out)."""
        words = ("years", "months", "days") if lang == "en" else ("tahun", "bulan", "hari")
        parts = [
            f"{n} {w}"
            for n, w in zip((self.years, self.months, self.days), words, strict=True)
            if n
        ]
        return " ".join(parts) or ("0 days" if lang == "en" else "0 hari")


def add_sentence(start: date, sentence: Sentence) -> date:
    """start + sentence: years and months as calendar months, then the days (the remission
    engine's arithmetic, so the register and the remission dates never disagree)."""
    return sentence_length(sentence.years, sentence.months, sentence.days).add_to(start)
