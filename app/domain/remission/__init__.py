"""Sentence dates and the remission engine (remission.md), pure Python.

- `rules`: the rule table (resources/rules/remission.json) parsed and validated: `parse_rules`.
- `keydates`: expiry, release, 1/3, 1/2, 2/3 and parole dates: `key_dates(case, rules)`.
- `decide`: one remission decision with its reasons: `decide(case, occasion, rules)`.
- `parse`: the CLI JSON contract read strictly into `Case` / `Occasion` values.

Where remission.md leaves a point open, Sibina does this (settings in the table are marked *):
- Month end: calendar months keep the day, else the month's last day (31 Jan + 1 month = 28/29 Feb).
- Release is a timeline (keydates): a remission never ends the main sentence before its own date;
  the fine substitute starts when the main sentence ends. Category II is decided on the part
  being served on the day (the main sentence, or the substitute once it is over): the new end
  on or before the day -> free on the day, plus the unpaid substitute days.
- Time served thresholds: RU/RK need served > 180 days (children > 90); "6-12 months" is
  181-359 days and "12 months or more" is >= 360 days (months of 30 days); RD needs >= 30 days.
- Discipline window: register F dated from (day - 6 calendar months) to the day, both inclusive.
- Child: under 18 on the inkracht date (the occasion when none is recorded); 29 Feb birthdays turn
  18 on 28 Feb.
- n-th remission*: remissions of that kind received before the day (or years since detention).
- RT*: only with an RU; donor 1/2, pemuka 1/3 of that RU, rounded down; both -> the larger.
- RD: discipline, corruption and terrorism conditions apply as for RU; fine substitute and cuti
  menjelang bebas do not exclude; escapees are excluded; no remisi susulan for RD.
- Remisi susulan: a detainee (or a verdict not final on the day) detained longer than the served
  threshold, for RU and RK, unless the sentence known is life or death.
- One remission of a kind per calendar year (a prior one of the same kind and year excludes).
- Remissions dated on or after the day are not counted for that day (a reason says so).
"""
