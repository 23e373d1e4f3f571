#!/usr/bin/env python3
"""Writes the sample export in this folder (cases.csv, episodes.csv,
visits.csv, reviews.csv, contacts.csv) and checks it against the Camden
rules with a small independent evaluator, so that every rule has at least
one case that meets it and one that breaks it at the audit date.

    python3 samples/generate.py            # rewrite the CSVs, print the coverage
    python3 samples/generate.py --check    # only print the coverage (and the
                                           # outcomes with --verbose)

The output is deterministic (fixed seeds). The children and what each one is
there to exercise are described in README.md. The evaluator here follows
../shared/docs/timescale-semantics.md; it is a cross-check for the samples,
not part of caseaudit.
"""
import datetime as dt
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 23)
D = dt.date
ONE = dt.timedelta(days=1)


def days(n):
    return dt.timedelta(days=n)


# --- calendar ---------------------------------------------------------------

def easter(y):
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return D(y, month, day)


def first_monday(y, m):
    d = D(y, m, 1)
    while d.weekday() != 0:
        d += ONE
    return d


def last_monday(y, m):
    d = D(y, m + 1, 1) - ONE
    while d.weekday() != 0:
        d -= ONE
    return d


def bank_holidays(y):
    out = set()
    nyd = D(y, 1, 1)
    while nyd.weekday() >= 5:
        nyd += ONE
    out.add(nyd)
    e = easter(y)
    out |= {e - days(2), e + ONE}
    early = first_monday(y, 5)
    if y == 2020:
        early = D(2020, 5, 8)
    out.add(early)
    if y == 2012:
        out |= {D(2012, 6, 4), D(2012, 6, 5)}
    elif y == 2022:
        out |= {D(2022, 6, 2), D(2022, 6, 3)}
    else:
        out.add(last_monday(y, 5))
    out.add(last_monday(y, 8))
    xmas, boxing = D(y, 12, 25), D(y, 12, 26)
    if xmas.weekday() == 5:      # Saturday: Mon 27 and Tue 28
        out |= {D(y, 12, 27), D(y, 12, 28)}
    elif xmas.weekday() == 6:    # Sunday: Mon 26 and Tue 27
        out |= {D(y, 12, 26), D(y, 12, 27)}
    elif xmas.weekday() == 4:    # Friday: Boxing Day Saturday -> Mon 28
        out |= {xmas, D(y, 12, 28)}
    else:
        out |= {xmas, boxing}
    extra = {2011: [D(2011, 4, 29)], 2022: [D(2022, 9, 19)], 2023: [D(2023, 5, 8)]}
    out |= set(extra.get(y, []))
    return out


HOLIDAYS = set().union(*(bank_holidays(y) for y in range(2020, 2030)))


def is_wd(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def add_wd(d, n):
    step = 1 if n >= 0 else -1
    for _ in range(abs(n)):
        d += days(step)
        while not is_wd(d):
            d += days(step)
    return d


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - ONE).day
    return D(y, m, min(d.day, last))


def add(d, dur):
    n, unit = dur
    if unit == "wd":
        return add_wd(d, n)
    if unit == "d":
        return d + days(n)
    if unit == "w":
        return d + days(7 * n)
    if unit == "m":
        return add_months(d, n)
    raise ValueError(unit)


def wd_on_or_before(d):
    while not is_wd(d):
        d -= ONE
    return d


def wd_on_or_after(d):
    while not is_wd(d):
        d += ONE
    return d


# --- the children -----------------------------------------------------------

class Child:
    def __init__(self, cid, dob, team, worker, story, seed):
        self.id, self.dob, self.team, self.worker, self.story = cid, dob, team, worker, story
        self.open = None          # written to cases.csv when set
        self.close = None
        self.write_open = True
        self.episodes = []        # (type, start, end, tags)
        self.visits = []          # dict
        self.reviews = []         # (type, date, recorded, fields)
        self.contacts = []        # (type, date, recorded, note, fields)
        self.rng = random.Random(seed)

    # episodes
    def ep(self, etype, start, end=None, tags=""):
        self.episodes.append((etype, start, end, tags))
        return self

    def span(self):
        start = self.open or min(e[1] for e in self.episodes)
        return start, self.close

    # visits: a series from `first` with steps of `step` (a function of the
    # date), up to `stop`; `skip` holds (from, to) windows pushed past.
    def visit_series(self, first, stop, step, skip=(), seen="Y", lag=(0, 1, 1, 2), location="home",
                     vtype="statutory", alone_rate=0.6):
        d = first
        while d <= stop:
            for a, b in skip:
                if a <= d < b:
                    d = wd_on_or_after(b)
            if d > stop:
                break
            self.visit(d, seen=seen, lag=self.rng.choice(lag), location=location, vtype=vtype,
                       alone=("Y" if self.rng.random() < alone_rate else "N"))
            d = step(d)
        return self

    def visit(self, d, seen="Y", lag=1, location="home", vtype="statutory", alone="N", recorded=True, note="",
              **fields):
        rec = None
        if recorded:
            rec = d + days(lag)
            if rec > AS_OF:
                rec = AS_OF
        self.visits.append(dict(date=d, seen=seen, alone=alone if seen in ("Y", "yes") else "",
                                location=location, vtype=vtype, recorded=rec, note=note, fields=fields))
        return self

    def review(self, rtype, d, lag=3, **fields):
        """fields: further columns (vocabulary.yaml `fields: reviews`), e.g. minutes_date=D(...), outcome="s47"."""
        rec = d + days(lag) if lag is not None else None
        if rec and rec > AS_OF:
            rec = AS_OF
        self.reviews.append((rtype, d, rec, fields))
        return self

    def contact(self, ctype, d, lag=0, note="", **fields):
        """fields: further columns (vocabulary.yaml `fields: contacts`), e.g. outcome="icpc_required"."""
        rec = d + days(lag) if lag is not None else None
        if rec and rec > AS_OF:
            rec = AS_OF
        self.contacts.append((ctype, d, rec, note, fields))
        return self

    def contact_series(self, ctype, first, stop, step, skip=()):
        d = first
        while d <= stop:
            for a, b in skip:
                if a <= d < b:
                    d = wd_on_or_after(b)
            if d > stop:
                break
            self.contact(ctype, d, lag=self.rng.choice((0, 0, 1)))
            d = step(d)
        return self

    def reviews_at(self, rtype, dates):
        for x in dates:
            self.review(rtype, x, lag=self.rng.choice((2, 5, 9)))
        return self

    def housekeeping(self, every=80, skip_chron=(), skip_summary=(), stop_chron=None, stop_summary=None,
                     offset=0):
        """Chronology and case summary updates while the case is open."""
        start, close = self.span()
        end = close or AS_OF
        self.contact_series("chronology_update", wd_on_or_before(start + days(every - 10 - offset)),
                            stop_chron or end, lambda d: wd_on_or_before(d + days(every)), skip_chron)
        self.contact_series("case_summary", wd_on_or_before(start + days(every - 5 - offset)),
                            stop_summary or end, lambda d: wd_on_or_before(d + days(every)), skip_summary)
        return self

    def supervision(self, first, stop, step, skip=()):
        return self.contact_series("supervision", first, stop, step, skip)


def wd_step(n):
    return lambda d: add_wd(d, n)


def day_step(n):
    return lambda d: wd_on_or_before(d + days(n))


def month_step(n, back=3):
    return lambda d: wd_on_or_before(add_months(d, n) - days(back))


TEAMS = {
    "ra": "Referral and Assessment",
    "cin1": "Family Support Unit 1",
    "cin2": "Family Support Unit 2",
    "cp": "Child Protection Unit",
    "cic": "Children in Care",
    "lc": "Leaving Care Service",
    "eh": "Family Early Help",
    "pf": "Private Fostering and Family Support",
}


def build():
    kids = []

    def child(cid, dob, team, worker, story, seed=None):
        c = Child(cid, dob, TEAMS[team], worker, story, seed or int(cid[-4:]))
        kids.append(c)
        return c

    # 1. CIN plan kept to every timescale; still open, next items pending.
    c = child("CAM100101", D(2015, 4, 22), "cin1", "Amara Okafor",
              "CIN plan since March 2025 kept to every timescale; everything due after the audit date is pending.")
    c.ep("cin", D(2025, 3, 10))
    c.visit_series(D(2025, 3, 27), AS_OF, wd_step(20), lag=(1, 2, 3, 4))
    c.reviews_at("cin_review", [D(2025, 6, 5), D(2025, 11, 27), D(2026, 5, 21), D(2026, 11, 12)])
    c.supervision(D(2025, 4, 24), AS_OF, day_step(50))
    c.housekeeping()

    # 2. CIN plan drifting: late first review, review then missing, visits stop, chronology lapses.
    c = child("CAM100102", D(2013, 11, 2), "cin2", "Tom Whitfield",
              "CIN plan drifting: first review late, next review and visits missing, chronology not updated since February 2026, supervision gap.")
    c.ep("cin", D(2024, 9, 2))
    c.visit_series(D(2024, 9, 19), D(2026, 7, 31), wd_step(21), skip=[(D(2025, 7, 14), D(2025, 9, 22))],
                   lag=(1, 2, 4))
    c.reviews_at("cin_review", [D(2024, 12, 12), D(2025, 6, 5)])
    c.supervision(D(2024, 10, 24), AS_OF, day_step(55), skip=[(D(2025, 12, 1), D(2026, 3, 16))])
    c.housekeeping(stop_chron=D(2026, 4, 30))

    # 3. CIN plan that ended: nothing owed after its end, case closed.
    c = child("CAM100103", D(2010, 6, 30), "cin1", "Amara Okafor",
              "CIN plan May 2023 to February 2024, case closed: requirements falling due after the plan ended are not owed.")
    c.ep("cin", D(2023, 5, 15), D(2024, 2, 28))
    c.close = D(2024, 2, 28)
    c.visit_series(D(2023, 6, 1), D(2024, 2, 23), wd_step(22), lag=(0, 1, 3))
    c.reviews_at("cin_review", [D(2023, 8, 10)])
    c.review("cin_review", D(2024, 2, 8))
    c.supervision(D(2023, 6, 29), D(2024, 2, 20), day_step(52))
    c.contact("closure_summary", D(2024, 2, 27), lag=1)
    c.housekeeping()

    # 4. CIN for disability with a not-seen visit: the visit does not count, the next seen one is late.
    c = child("CAM100104", D(2012, 1, 17), "cin2", "Priya Nair",
              "CIN plan (disability) where a visit with the child not seen does not count, making the next seen visit late; tags that Camden does not use are ignored.")
    c.ep("cin", D(2024, 1, 8), tags="disability_only")
    c.visit_series(D(2024, 1, 25), D(2025, 2, 28), wd_step(24), lag=(1, 2, 3))
    c.visit(D(2025, 3, 14), seen="N", lag=1, note="Child at respite; mother seen, no access to child")
    c.visit_series(D(2025, 4, 22), AS_OF, wd_step(23), lag=(1, 2, 3))
    c.reviews_at("cin_review", [D(2024, 4, 4), D(2024, 9, 26), D(2025, 3, 20), D(2025, 9, 11), D(2026, 3, 5),
                                D(2026, 8, 27)])
    c.supervision(D(2024, 2, 29), AS_OF, day_step(55))
    c.housekeeping()

    # 5-6. Siblings on CP plans; shared visits, but on one visit the younger was not seen.
    for cid, dob, seed in (("CAM100105", D(2019, 8, 14), 105), ("CAM100106", D(2022, 2, 3), 106)):
        younger = cid == "CAM100106"
        c = child(cid, dob, "cp", "Daniel Reyes",
                  ("CP plan (younger sibling of CAM100105): not seen on one shared visit (at nursery), so the next "
                   "qualifying visit is late; sibling visits otherwise identical."
                   if younger else
                   "CP plan since June 2025 kept to timescale: visits within 10 working days, recorded within 2 days, "
                   "review conferences at 3 and 6 months, monthly supervision."), seed=seed)
        c.ep("cp", D(2025, 6, 12))
        rng = random.Random(55)
        d = D(2025, 6, 19)
        n = 0
        while d <= AS_OF:
            n += 1
            if younger and n == 9:
                c.visit(d, seen="N", lag=1, location="home", note="Child at nursery")
            else:
                c.visit(d, seen="Y", lag=rng.choice((0, 1, 1, 2)), alone="N" if younger else "Y")
            d = add_wd(d, rng.choice((7, 8, 9)))
        c.reviews_at("rcpc", [D(2025, 9, 11), D(2026, 3, 5), D(2026, 9, 3)])
        c.review("icpc", D(2025, 6, 12), lag=4)
        c.supervision(D(2025, 7, 10), AS_OF, month_step(1, back=4))
        c.housekeeping()

    # 7. CP then stepped down to CIN: late visits, slow recording (often late under the CP 2 working days, fine
    # under 5 after), a supervision gap across the step-down.
    c = child("CAM100107", D(2016, 9, 9), "cp", "Sofia Marchetti",
              "CP plan Jan 2025 - Feb 2026 then stepped down to CIN: a 26-day visit gap, visits written up after 3-4 days (often late at the CP plan's 2 working days, on time at 5 after step-down), second review conference late, one month without supervision, then none for two months across the step-down (last discussed 28 January 2026 under the CP plan, whose month ran past the plan's end on 15 February, so the CIN plan's two months apply: due 28 March, held 2 April, late).")
    c.ep("cp", D(2025, 1, 20), D(2026, 2, 15))
    c.ep("cin", D(2026, 2, 16))
    c.review("icpc", D(2025, 1, 20), lag=3)
    c.visit_series(D(2025, 1, 29), D(2026, 2, 13), wd_step(8), skip=[(D(2025, 8, 4), D(2025, 8, 27))],
                   lag=(1, 1, 2, 3, 4))
    c.visit_series(D(2026, 3, 3), AS_OF, wd_step(18), lag=(2, 3, 4))
    c.reviews_at("rcpc", [D(2025, 4, 17), D(2025, 10, 30)])
    c.review("rcpc", D(2026, 2, 12), lag=2)
    c.reviews_at("cin_review", [D(2026, 5, 14), D(2026, 11, 5)])
    c.supervision(D(2025, 2, 13), D(2026, 2, 12), month_step(1, back=5), skip=[(D(2025, 9, 1), D(2025, 10, 20))])
    c.supervision(D(2026, 4, 2), AS_OF, day_step(56))
    c.housekeeping()

    # 8. CP plan ended 2023, case closed: nothing owed after the end.
    c = child("CAM100108", D(2020, 12, 1), "cp", "Kwame Mensah",
              "CP plan March to November 2023, ended at the second review conference; case closed.")
    c.ep("cp", D(2023, 3, 6), D(2023, 11, 20))
    c.close = D(2023, 11, 20)
    c.review("icpc", D(2023, 3, 6), lag=2)
    c.visit_series(D(2023, 3, 13), D(2023, 11, 17), wd_step(9), lag=(0, 1, 2))
    c.reviews_at("rcpc", [D(2023, 6, 1)])
    c.review("rcpc", D(2023, 11, 20), lag=1)
    c.supervision(D(2023, 4, 3), D(2023, 11, 16), month_step(1, back=3))
    c.contact("closure_summary", D(2023, 11, 20), lag=2)
    c.housekeeping()

    # 9. CP plan with no review conference: first RCPC missing.
    c = child("CAM100109", D(2011, 3, 25), "cp", "Kwame Mensah",
              "CP plan since March 2026 with no review conference held: the first RCPC (due 2 June 2026) is missing.")
    c.ep("cp", D(2026, 3, 2))
    c.review("icpc", D(2026, 3, 2), lag=3)
    c.visit_series(D(2026, 3, 9), AS_OF, wd_step(9), lag=(0, 1, 2))
    c.supervision(D(2026, 3, 30), AS_OF, month_step(1, back=2))
    c.housekeeping()

    # 10. CIN plan then a new CP plan weeks before the audit date: items pending; assessment pending; supervision
    # missing (due two months after the last discussion under the CIN plan).
    c = child("CAM100110", D(2018, 5, 5), "cp", "Hannah Lowe",
              "CIN plan from June 2026, CP plan from 26 October 2026: first review conference and the assessment started in October are still pending at the audit date; last discussed in supervision on 11 September under the CIN plan, whose two months (11 November) ran past its end, so the next is due a month after the CP plan started, 26 November: pending.")
    c.ep("cin", D(2026, 6, 1), D(2026, 10, 25))
    c.ep("cp", D(2026, 10, 26))
    c.visit_series(D(2026, 6, 11), D(2026, 10, 22), wd_step(19), lag=(1, 2, 3))
    c.visit_series(D(2026, 10, 29), AS_OF, wd_step(8), lag=(0, 1))
    c.reviews_at("cin_review", [D(2026, 8, 27)])
    c.supervision(D(2026, 7, 23), D(2026, 10, 22), day_step(50))
    c.review("strategy", D(2026, 10, 6), lag=0)
    c.contact("assessment_start", D(2026, 10, 7), lag=0)
    c.review("icpc", D(2026, 10, 26), lag=2)
    c.housekeeping(every=78)

    # 11. CLA, not settled, two placement moves; first visit after the second move late.
    c = child("CAM100111", D(2012, 10, 19), "cic", "Eleanor Price",
              "Looked after since April 2024 with two placement moves: the first visit after each move is due within a week (late after the second move); reviews run on through the moves (one period of care).")
    c.ep("cla", D(2024, 4, 15), D(2024, 9, 29))
    c.ep("cla", D(2024, 9, 30), D(2025, 6, 1))
    c.ep("cla", D(2025, 6, 2))
    c.visit(D(2024, 4, 19), lag=1, location="placement", alone="Y")
    c.visit_series(D(2024, 5, 28), D(2024, 9, 27), day_step(38), lag=(1, 2, 3), location="placement")
    c.visit(D(2024, 10, 4), lag=2, location="placement", alone="Y")
    c.visit_series(D(2024, 11, 12), D(2025, 5, 30), day_step(39), lag=(1, 2, 3), location="placement")
    c.visit(D(2025, 6, 12), lag=1, location="placement", alone="Y",
            note='Placement move 2 June; first visit delayed, worker on leave.\nCarer said: "settling in well, eating, sleeping".')
    c.visit_series(D(2025, 7, 21), AS_OF, day_step(38), lag=(1, 2, 3, 4), location="placement")
    c.reviews_at("cla_review", [D(2024, 5, 10), D(2024, 8, 8), D(2025, 2, 4), D(2025, 7, 31), D(2026, 1, 29),
                                D(2026, 7, 23)])
    c.review("placement_planning", D(2024, 10, 1), lag=1)
    c.review("placement_planning", D(2025, 6, 4), lag=1)
    c.supervision(D(2024, 6, 6), AS_OF, day_step(52))
    c.housekeeping()

    # 12. CLA settled placement: 3-monthly visits after the first year are on time.
    c = child("CAM100112", D(2011, 7, 7), "cic", "Eleanor Price",
              "Settled long-term foster placement since February 2023: six-weekly visits in the first year, then three-monthly visits, all on time.")
    c.ep("cla", D(2023, 2, 6), tags="settled;long_term_match")
    c.visit(D(2023, 2, 10), lag=1, location="placement", alone="Y")
    c.visit_series(D(2023, 3, 20), D(2024, 1, 31), day_step(39), lag=(1, 2, 3), location="placement")
    c.visit(D(2024, 2, 8), lag=1, location="placement", alone="Y",
            note="One year in placement; settled, permanence agreed at review 28/11/2023")
    c.visit_series(D(2024, 4, 29), AS_OF, month_step(3, back=8), lag=(1, 2, 3), location="placement")
    c.reviews_at("cla_review", [D(2023, 3, 3), D(2023, 6, 1), D(2023, 11, 28), D(2024, 5, 23), D(2024, 11, 19),
                                D(2025, 5, 15), D(2025, 11, 11), D(2026, 5, 7), D(2026, 11, 5)])
    c.supervision(D(2023, 3, 30), AS_OF, day_step(56))
    c.housekeeping()

    # 13. CLA settled placement with a four-month gap after the first year; first review late.
    c = child("CAM100113", D(2014, 2, 28), "cic", "Marta Kowalska",
              "Settled placement since September 2023: first CLA review at 35 days (late); after the first year one gap of four months (late even at the settled three-monthly interval).")
    c.ep("cla", D(2023, 9, 18), tags="settled")
    c.visit(D(2023, 9, 22), lag=2, location="placement", alone="Y")
    c.visit_series(D(2023, 10, 30), D(2024, 9, 10), day_step(40), lag=(1, 2, 3), location="placement")
    c.visit(D(2024, 9, 12), lag=1, location="placement", alone="Y")
    c.visit(D(2024, 9, 19), lag=1, location="placement", alone="Y",
            note="Placement anniversary visit, 3-monthly visiting agreed at review")
    c.visit(D(2024, 12, 5), lag=2, location="placement", alone="Y")
    c.visit(D(2025, 2, 27), lag=2, location="placement", alone="Y")
    c.visit(D(2025, 7, 3), lag=1, location="placement", alone="N")
    c.visit_series(D(2025, 9, 25), AS_OF, month_step(3, back=6), lag=(1, 2, 3), location="placement")
    c.reviews_at("cla_review", [D(2023, 10, 23), D(2024, 1, 18), D(2024, 7, 11), D(2025, 1, 9), D(2025, 7, 3),
                                D(2025, 12, 18), D(2026, 6, 11)])
    c.supervision(D(2023, 11, 9), AS_OF, day_step(56))
    c.housekeeping()

    # 14. CLA not settled: three-monthly visits after the first year are late (six weeks still applies).
    c = child("CAM100114", D(2009, 12, 12), "cic", "Marta Kowalska",
              "Placement since July 2023 with no settled agreement: after the first year the worker visited three-monthly, which is late at the six-weekly interval that still applies.")
    c.ep("cla", D(2023, 7, 3))
    c.visit(D(2023, 7, 7), lag=1, location="placement", alone="Y")
    c.visit_series(D(2023, 8, 14), D(2024, 6, 27), day_step(40), lag=(1, 2, 3), location="placement")
    c.visit_series(D(2024, 8, 8), D(2025, 8, 31), month_step(3, back=6), lag=(1, 2, 3), location="placement")
    c.visit_series(D(2025, 10, 2), AS_OF, day_step(39), lag=(1, 2, 3), location="placement")
    c.reviews_at("cla_review", [D(2023, 7, 27), D(2023, 10, 19), D(2024, 4, 11), D(2024, 10, 10), D(2025, 4, 3),
                                D(2025, 9, 25), D(2026, 3, 19), D(2026, 9, 10)])
    c.supervision(D(2023, 8, 24), AS_OF, day_step(57))
    c.housekeeping()

    # 15. CP plan during a CLA placement (overlapping episodes of different types).
    c = child("CAM100115", D(2017, 11, 30), "cic", "Joseph Adeyemi",
              "Looked after since February 2025 and on a CP plan April - December 2025 (overlapping episodes): both visit rules apply while both are open, and supervision is monthly; visits written up three days later are late while the CP plan is open when those are three working days (Tuesday to Friday), not when a weekend falls between, and on time after it ends.")
    c.ep("cla", D(2025, 2, 3))
    c.ep("cp", D(2025, 4, 14), D(2025, 12, 8))
    c.visit(D(2025, 2, 7), lag=1, location="placement", alone="N")
    c.visit_series(D(2025, 3, 14), D(2025, 4, 11), day_step(28), lag=(1, 2, 3), location="placement")
    c.review("icpc", D(2025, 4, 14), lag=2)
    c.visit_series(D(2025, 4, 24), D(2025, 12, 5), wd_step(9), lag=(0, 1, 1, 2, 3), location="placement")
    c.visit_series(D(2026, 1, 8), AS_OF, day_step(38), lag=(1, 3, 3, 4), location="placement")
    c.reviews_at("cla_review", [D(2025, 2, 27), D(2025, 5, 22), D(2025, 11, 13), D(2026, 5, 7), D(2026, 10, 29)])
    c.reviews_at("rcpc", [D(2025, 7, 10)])
    c.review("rcpc", D(2025, 12, 8), lag=1)
    c.supervision(D(2025, 3, 20), D(2025, 4, 10), day_step(30))
    c.supervision(D(2025, 5, 8), D(2025, 12, 19), month_step(1, back=3))
    c.supervision(D(2026, 1, 29), AS_OF, day_step(55))
    c.housekeeping()

    # 16. CLA until 18, then a care leaver: CLA rules stop; a supervision gap across the move, then three-monthly.
    c = child("CAM100116", D(2006, 7, 1), "lc", "Grace O'Neill",
              "Looked after from January 2023 until the day before her 18th birthday (1 July 2024), then a care leaver: looked-after visits and reviews are not owed after the period of care ends; four months without supervision across the move to leaving care (last discussed 13 May 2024 while looked after; the two-monthly date, 13 July, fell after the period of care ended, so the care leaver's three months apply: due 13 August; held 12 September: late), then three-monthly, on time; personal adviser visits do not count as statutory visits.")
    c.ep("cla", D(2023, 1, 9), D(2024, 6, 30))
    c.ep("care_leaver", D(2024, 7, 1), tags="former_relevant")
    c.visit(D(2023, 1, 13), lag=1, location="placement", alone="Y")
    c.visit_series(D(2023, 2, 20), D(2024, 6, 27), day_step(39), lag=(1, 2, 3), location="placement")
    c.reviews_at("cla_review", [D(2023, 2, 2), D(2023, 4, 27), D(2023, 10, 19), D(2024, 4, 11)])
    c.supervision(D(2023, 3, 2), D(2024, 6, 20), day_step(55))
    c.supervision(D(2024, 9, 12), AS_OF, day_step(84))
    for i, d in enumerate([D(2024, 8, 15), D(2024, 10, 24), D(2025, 1, 16), D(2025, 4, 10), D(2025, 7, 3),
                           D(2025, 10, 2), D(2026, 1, 8), D(2026, 4, 2), D(2026, 7, 2), D(2026, 10, 1)]):
        c.visit(d, lag=2, location="other", vtype="pa", alone="Y", recorded=(i % 3 != 1))
    c.contact("pathway_plan", D(2024, 6, 13), lag=2)
    c.housekeeping()

    # 17. Care leaver whose supervision lapsed: one late, then missing.
    c = child("CAM100117", D(2005, 1, 20), "lc", "Yusuf Demir",
              "Care leaver since March 2024: one supervision four and a half months after the last (late), then none since 5 December 2025 (missing, due 5 March 2026).")
    c.ep("care_leaver", D(2024, 3, 4), tags="former_relevant")
    c.supervision(D(2024, 5, 30), D(2025, 2, 28), day_step(84))
    c.contact("supervision", D(2025, 6, 26), lag=1)
    c.supervision(D(2025, 9, 18), D(2026, 1, 31), day_step(80))
    c.contact("management_oversight", D(2026, 4, 9), lag=0,
              note="Manager reviewed file, agreed PA to chase housing; not a supervision.")
    for d in [D(2024, 4, 18), D(2024, 7, 11), D(2024, 10, 3), D(2025, 1, 9), D(2025, 4, 3), D(2025, 7, 10),
              D(2025, 10, 9), D(2026, 1, 15), D(2026, 4, 16), D(2026, 7, 9), D(2026, 10, 8)]:
        c.visit(d, lag=3, location="other", vtype="pa", alone="Y")
    c.housekeeping()

    # 18. Early help only, closed.
    c = child("CAM100118", D(2016, 3, 3), "eh", "Li Wei Chen",
              "Early help only, September 2025 to March 2026, closed: early help is not CSSW, so no case-level rule is owed: no chronology or case summary, and its two home visits, written up 8 and 9 days later, are not checked for recording.")
    c.ep("early_help", D(2025, 9, 1), D(2026, 3, 31))
    c.close = D(2026, 3, 31)
    c.review("taf_review", D(2025, 11, 27), lag=1)
    c.review("family_meeting", D(2025, 9, 15), lag=None)
    c.contact("closure_summary", D(2026, 3, 30), lag=0)
    c.visit(D(2025, 10, 6), lag=8, location="home", alone="Y", note="Early help home visit")
    c.visit(D(2026, 1, 12), lag=9, location="home", alone="N")
    c.housekeeping()

    # 19. Early help stepping up to CIN: assessment started in early help, completed late.
    c = child("CAM100119", D(2014, 8, 21), "cin1", "Priya Nair",
              "Early help from October 2024, stepped up to a CIN plan in January 2025: the assessment started 2 December 2024, while the export shows only early help, is outside the standard's scope and not checked (completed at 52 working days); the case-level rules are counted from the CIN plan's start.")
    c.ep("early_help", D(2024, 10, 7), D(2025, 1, 19))
    c.ep("cin", D(2025, 1, 20))
    c.contact("referral", D(2024, 11, 28), lag=0)
    c.contact("assessment_start", D(2024, 12, 2), lag=0)
    c.contact("assessment_completed", add_wd(D(2024, 12, 2), 52), lag=0)
    c.contact("assessment_authorised", add_wd(D(2024, 12, 2), 55), lag=0)
    c.visit_series(D(2025, 2, 6), AS_OF, wd_step(22), lag=(1, 2, 3))
    c.reviews_at("cin_review", [D(2025, 4, 17), D(2025, 10, 9), D(2026, 4, 2), D(2026, 9, 24)])
    c.supervision(D(2025, 3, 13), AS_OF, day_step(53))
    c.housekeeping()

    # 20. Private fostering: case-level rules only; one visit written up after 7 days (5 working days).
    c = child("CAM100120", D(2010, 10, 10), "pf", "Hannah Lowe",
              "Private fostering arrangement since May 2025: Camden sets no visit or supervision frequency for it; its statutory visits are still checked for recording (one written up 7 days later, over a weekend: 5 working days, on time).")
    c.ep("private_fostering", D(2025, 5, 19))
    c.visit_series(D(2025, 5, 27), AS_OF, day_step(42), lag=(1, 2, 3, 4, 5), location="home")
    c.visit(D(2025, 9, 30), lag=7, location="home", alone="Y")
    c.contact("assessment_start", D(2025, 5, 20), lag=0)
    c.contact("assessment_completed", add_wd(D(2025, 5, 20), 40), lag=1)
    c.housekeeping()

    # 21. CIN plan with a reassessment never completed (missing).
    c = child("CAM100121", D(2013, 5, 9), "cin2", "Tom Whitfield",
              "CIN plan since November 2025; an updated assessment started in June 2026 has no completion or authorisation (missing). The first assessment in 2025 was authorised only (met).")
    c.ep("cin", D(2025, 11, 3))
    c.contact("assessment_start", D(2025, 11, 4), lag=0)
    c.contact("assessment_authorised", add_wd(D(2025, 11, 4), 45), lag=0)
    c.contact("assessment_start", D(2026, 6, 1), lag=0)
    c.visit_series(D(2025, 11, 20), AS_OF, wd_step(20), lag=(1, 2, 3))
    c.reviews_at("cin_review", [D(2026, 1, 29), D(2026, 7, 23)])
    c.supervision(D(2025, 12, 18), AS_OF, day_step(55))
    c.housekeeping()

    # 22. CLA period of care that lasted 18 days: the first review is not owed; supervision runs on.
    c = child("CAM100122", D(2019, 1, 27), "cic", "Joseph Adeyemi",
              "Accommodated for 18 days in March 2026 then home on a CIN plan: visited within a week of placement; the CLA review due at 28 days fell after the period of care ended, so is not owed; supervision is one count for the case, on time through the return home.")
    c.ep("cla", D(2026, 3, 9), D(2026, 3, 26))
    c.ep("cin", D(2026, 3, 27))
    c.visit(D(2026, 3, 13), lag=1, location="placement", alone="N")
    c.visit_series(D(2026, 4, 14), AS_OF, wd_step(21), lag=(1, 2, 3))
    c.reviews_at("cin_review", [D(2026, 6, 18)])
    c.supervision(D(2026, 3, 19), AS_OF, day_step(50))
    c.housekeeping()

    # 23. CP plan where visits fall exactly on the due date and are written up on day 2.
    c = child("CAM100123", D(2021, 7, 15), "cp", "Daniel Reyes",
              "CP plan since January 2026 visited exactly every 10 working days (on the due date, so met), written up on the second day (met).")
    c.ep("cp", D(2026, 1, 12))
    c.review("icpc", D(2026, 1, 12), lag=2)
    c.visit_series(add_wd(D(2026, 1, 12), 10), AS_OF, wd_step(10), lag=(2,))
    c.reviews_at("rcpc", [D(2026, 4, 9), D(2026, 10, 8)])
    c.supervision(D(2026, 2, 9), AS_OF, month_step(1, back=2))
    c.housekeeping()

    # 24-25. Siblings, CIN, kept to timescale; different workers' recording habits.
    for cid, dob in (("CAM100124", D(2012, 12, 5)), ("CAM100125", D(2015, 6, 18))):
        c = child(cid, dob, "cin2", "Tom Whitfield",
                  "Sibling CIN plans since July 2025 (with " + ("CAM100125" if cid.endswith("4") else "CAM100124")
                  + "), visited together, kept to timescale.")
        c.ep("cin", D(2025, 7, 7))
        rng = random.Random(124)
        d = D(2025, 7, 24)
        while d <= AS_OF:
            c.visit(d, lag=rng.choice((1, 2, 4)), alone="Y" if cid.endswith("4") else "N")
            d = add_wd(d, rng.choice((18, 20, 24)))
        c.reviews_at("cin_review", [D(2025, 10, 2), D(2026, 3, 26), D(2026, 9, 17)])
        c.supervision(D(2025, 8, 21), AS_OF, day_step(54))
        c.housekeeping()

    # 26. New CLA placement a week before the audit date: first visit pending.
    c = child("CAM100126", D(2011, 9, 2), "cic", "Eleanor Price",
              "Became looked after on 18 November 2026: the first visit (due 25 November) and the first review are pending at the audit date; supervision runs on from the CIN plan (last discussed 5 November, next due 5 January 2027, pending).")
    c.ep("cin", D(2026, 4, 20), D(2026, 11, 17))
    c.ep("cla", D(2026, 11, 18))
    c.visit_series(D(2026, 5, 6), D(2026, 11, 13), wd_step(21), lag=(1, 2))
    c.reviews_at("cin_review", [D(2026, 7, 16)])
    c.supervision(D(2026, 6, 4), D(2026, 11, 13), day_step(52))
    c.contact("assessment_start", D(2026, 4, 21), lag=0)
    c.contact("assessment_completed", add_wd(D(2026, 4, 21), 45), lag=0)
    c.housekeeping()

    # 27. Settled placement, then a care leaver: a supervision gap across the move, then on time.
    c = child("CAM100127", D(2008, 2, 14), "lc", "Yusuf Demir",
              "Settled placement from May 2024 until the day before his 18th birthday (14 February 2026): visits three-monthly after the placement's first year, on time; nearly four months without supervision across the move to leaving care (last discussed 15 January 2026 while looked after; the two-monthly date, 15 March, fell after the placement ended, so the care leaver's three months apply: due 15 April; held 7 May: late), then three-monthly, the next pending.")
    c.ep("cla", D(2024, 5, 13), D(2026, 2, 13), tags="settled")
    c.ep("care_leaver", D(2026, 2, 14), tags="former_relevant")
    c.visit(D(2024, 5, 17), lag=1, location="placement", alone="Y")
    c.visit_series(D(2024, 6, 24), D(2025, 5, 9), day_step(40), lag=(1, 2, 3), location="placement")
    c.visit(D(2025, 5, 15), lag=2, location="placement", alone="Y")
    c.visit_series(D(2025, 7, 24), D(2026, 2, 12), month_step(3, back=10), lag=(1, 2, 3), location="placement")
    c.reviews_at("cla_review", [D(2024, 6, 6), D(2024, 9, 5), D(2025, 2, 27), D(2025, 8, 21), D(2026, 2, 5)])
    c.supervision(D(2024, 7, 4), D(2026, 2, 12), day_step(56))
    c.supervision(D(2026, 5, 7), AS_OF, day_step(84))
    c.housekeeping()

    # 28. CP plan, ended 2024 after a late first review conference; case closed 2024.
    c = child("CAM100128", D(2017, 4, 4), "cp", "Sofia Marchetti",
              "CP plan November 2023 to July 2024: first review conference late (due 6 February 2024, held 16 February), visits and supervision on time; case closed.")
    c.ep("cp", D(2023, 11, 6), D(2024, 7, 18))
    c.close = D(2024, 7, 18)
    c.review("icpc", D(2023, 11, 6), lag=1)
    c.visit_series(D(2023, 11, 15), D(2024, 7, 17), wd_step(8), lag=(0, 1, 2))
    c.review("rcpc", D(2024, 2, 16), lag=3)
    c.review("rcpc", D(2024, 7, 18), lag=2)
    c.supervision(D(2023, 12, 4), D(2024, 7, 15), month_step(1, back=3))
    c.contact("closure_summary", D(2024, 7, 18), lag=3)
    c.housekeeping()

    # 29. Early help, current; open date given explicitly.
    c = child("CAM100129", D(2020, 10, 1), "eh", "Li Wei Chen",
              "Early help since August 2026: early help is not CSSW, so no chronology or case summary is owed, though a case summary was recorded.")
    c.ep("early_help", D(2026, 8, 31))
    c.open = D(2026, 8, 31)
    c.contact("case_summary", D(2026, 10, 8), lag=0)
    c.review("family_meeting", D(2026, 9, 24), lag=2)

    # 30. CIN where case summary lapsed (missing) and a chronology late.
    c = child("CAM100130", D(2009, 7, 27), "cin1", "Amara Okafor",
              "CIN plan since September 2023: chronology once updated late (113 days after the previous update); no case summary since 26 January 2026 (missing).")
    c.ep("cin", D(2023, 9, 11))
    c.visit_series(D(2023, 9, 28), AS_OF, wd_step(22), lag=(1, 2, 3))
    c.reviews_at("cin_review", [D(2023, 12, 7), D(2024, 5, 30), D(2024, 11, 21), D(2025, 5, 15), D(2025, 11, 6),
                                D(2026, 4, 30), D(2026, 10, 22)])
    c.supervision(D(2023, 10, 26), AS_OF, day_step(55))
    c.housekeeping(skip_chron=[(D(2024, 8, 20), D(2024, 11, 5))], stop_summary=D(2026, 3, 31))

    # 31. CLA with an early and a late supervision; late second review.
    c = child("CAM100131", D(2013, 1, 1), "cic", "Joseph Adeyemi",
              "Looked after since June 2025 (not settled): second CLA review late; supervision lapsed for three months; a visit where the child refused to be seen does not count.")
    c.ep("cla", D(2025, 6, 23))
    c.visit(D(2025, 6, 27), lag=1, location="placement", alone="Y")
    c.visit_series(D(2025, 8, 4), D(2026, 3, 31), day_step(37), lag=(1, 2, 3), location="placement")
    c.visit(D(2026, 4, 14), seen="N", lag=1, location="placement", note="Young person refused to come down; carer seen")
    c.visit_series(D(2026, 5, 12), AS_OF, day_step(39), lag=(1, 2, 3), location="placement")
    c.reviews_at("cla_review", [D(2025, 7, 17), D(2025, 10, 30), D(2026, 4, 16), D(2026, 10, 8)])
    c.supervision(D(2025, 8, 14), D(2026, 1, 30), day_step(55))
    c.supervision(D(2026, 5, 7), AS_OF, day_step(52))
    c.housekeeping()

    # 32. CIN plan with one recording after 6 days (4 working days, on time) and assessment met.
    c = child("CAM100132", D(2016, 12, 24), "ra", "Nadia Haddad",
              "Known to early help, referred to social care on 16 March 2026 and assessed while the export still shows only early help (completed in 30 working days; outside the standard's scope, not checked), on a CIN plan from May 2026, from when the case-level rules are counted; one visit written up 6 days later, over a weekend (4 working days, on time).")
    c.ep("early_help", D(2025, 12, 1), D(2026, 5, 13))
    c.ep("cin", D(2026, 5, 14))
    c.review("taf_review", D(2026, 2, 26), lag=1)
    c.contact("referral", D(2026, 3, 16), lag=0)
    c.contact("assessment_start", D(2026, 3, 17), lag=0)
    c.contact("assessment_completed", add_wd(D(2026, 3, 17), 30), lag=2)
    c.contact("assessment_authorised", add_wd(D(2026, 3, 17), 33), lag=0)
    c.visit_series(D(2026, 3, 26), AS_OF, wd_step(19), lag=(1, 2, 3))
    c.visit(D(2026, 9, 3), lag=6, alone="Y")
    c.reviews_at("cin_review", [D(2026, 8, 13)])
    c.supervision(D(2026, 4, 23), AS_OF, day_step(52))
    c.housekeeping()

    # 33. The step-down: the CP plan's monthly interval ends with the plan; the CIN plan's two months follow.
    c = child("CAM100133", D(2019, 3, 14), "cp", "Kwame Mensah",
              "CP plan 6 January to 4 March 2026, then a CIN plan: discussed in supervision on 5 February and 3 March under the CP plan and on 20 April under the CIN plan, on time (the CP plan's month from 3 March would have fallen due after it ended; the CIN plan's two months apply), then two-monthly.")
    c.ep("cp", D(2026, 1, 6), D(2026, 3, 4))
    c.ep("cin", D(2026, 3, 5))
    c.review("icpc", D(2026, 1, 6), lag=1)
    c.visit_series(D(2026, 1, 15), D(2026, 3, 4), wd_step(8), lag=(0, 1))
    c.visit_series(D(2026, 3, 19), AS_OF, wd_step(20), lag=(1, 2, 3))
    c.reviews_at("cin_review", [D(2026, 5, 28), D(2026, 11, 12)])
    for d in (D(2026, 2, 5), D(2026, 3, 3), D(2026, 4, 20)):
        c.contact("supervision", d, lag=1)
    c.supervision(D(2026, 6, 15), AS_OF, day_step(55))
    c.housekeeping()

    # 34. The one-day gap: a day with no plan between CIN and CLA does not restart the case-level clocks.
    c = child("CAM100134", D(2012, 8, 30), "cic", "Marta Kowalska",
              "CIN plan 5 January to 10 March 2026, looked after from 12 March (no plan on 11 March, the case open throughout): the case-level clocks run on over the gap, so the case summary due 9 April (90 days after 9 January) done 1 June is late, and the supervision due 9 March (two months after 9 January, the CIN plan's last day but one) held 20 April is late.")
    c.open = D(2026, 1, 5)
    c.ep("cin", D(2026, 1, 5), D(2026, 3, 10))
    c.ep("cla", D(2026, 3, 12))
    c.visit_series(D(2026, 1, 22), D(2026, 3, 10), wd_step(20), lag=(1, 2, 3))
    c.visit(D(2026, 3, 17), lag=1, location="placement", alone="Y")
    c.visit_series(D(2026, 4, 23), AS_OF, day_step(38), lag=(1, 2, 3), location="placement")
    c.reviews_at("cla_review", [D(2026, 4, 2), D(2026, 6, 25)])
    c.contact("supervision", D(2026, 1, 9), lag=0)
    c.contact("supervision", D(2026, 4, 20), lag=0)
    c.supervision(D(2026, 6, 15), AS_OF, day_step(55))
    c.contact_series("chronology_update", D(2026, 3, 20), AS_OF, day_step(80))
    for d in (D(2026, 1, 9), D(2026, 6, 1), D(2026, 8, 20), D(2026, 11, 9)):
        c.contact("case_summary", d, lag=0)

    # 35. Virtual visits are not statutory visits; a blank location still counts.
    c = child("CAM100135", D(2014, 11, 3), "cin1", "Amara Okafor",
              "CIN plan since September 2025: in March 2026 the child was seen only by video call (location virtual), which is not a statutory visit, so the next home visit is late; a later visit with no location recorded counts (unknown is not evidence of a video call).")
    c.ep("cin", D(2025, 9, 1))
    c.visit_series(D(2025, 9, 18), D(2026, 2, 28), wd_step(20), lag=(1, 2, 3))
    c.visit(D(2026, 3, 19), lag=1, location="virtual", alone="Y", note="Video call; child well, mother present")
    c.visit(D(2026, 4, 23), lag=2, alone="Y")
    c.visit(D(2026, 5, 21), lag=1, location="", alone="Y")
    c.visit_series(D(2026, 6, 18), AS_OF, wd_step(20), lag=(1, 2, 3))
    c.reviews_at("cin_review", [D(2025, 11, 27), D(2026, 5, 21), D(2026, 11, 12)])
    c.supervision(D(2025, 10, 23), AS_OF, day_step(55))
    c.housekeeping()

    # 36. An assessment is done when it is authorised: completed in time, authorised late.
    c = child("CAM100136", D(2011, 4, 18), "cin2", "Priya Nair",
              "CIN plan since February 2025; an updated assessment started 3 March 2025 was completed on 30 April but authorised only on 20 May, after its due date (8 May, 45 working days): late, because an assessment is done when it is authorised.")
    c.ep("cin", D(2025, 2, 3))
    c.contact("assessment_start", D(2025, 3, 3), lag=0)
    c.contact("assessment_completed", D(2025, 4, 30), lag=0)
    c.contact("assessment_authorised", D(2025, 5, 20), lag=0)
    c.visit_series(D(2025, 2, 20), AS_OF, wd_step(20), lag=(1, 2, 3))
    c.reviews_at("cin_review", [D(2025, 4, 24), D(2025, 10, 16), D(2026, 4, 9), D(2026, 10, 1)])
    c.supervision(D(2025, 3, 20), AS_OF, day_step(55))
    c.housekeeping()

    # The other authorities' children: samples/children/NAME.py, each with a
    # build(ctx) returning its Child objects (ctx is this module: Child, D, AS_OF,
    # add_wd, wd_step, ...). Their ids are prefixed by authority, never CAM.
    import importlib.util
    folder = os.path.join(HERE, "children")
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if not name.endswith(".py") or name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location("children_" + name[:-3], os.path.join(folder, name))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for c in mod.build(sys.modules[__name__]):
            assert not c.id.startswith("CAM"), c.id
            kids.append(c)

    for c in kids:
        c.visits.sort(key=lambda v: v["date"])
        c.reviews.sort(key=lambda r: (r[1], r[0]))
        c.contacts.sort(key=lambda r: (r[1], r[0]))
    return kids


# --- a small evaluator for the Camden rules (cross-check) -------------------

def qualifies_visit(v, seen=True):
    if v["vtype"] != "statutory":
        return False
    if seen and v["seen"] not in ("Y",):
        return False
    if v["location"] == "virtual":  # a video call is not a statutory visit; a blank location (unknown) counts
        return False
    return True


# The standard's scope for its case-level rules: while the child is allocated in CSSW, i.e. while one of these
# episodes is open, with the time between them counted (gaps: count) while the case stays open and no other
# service's episode (early help) is open in the gap.
CSSW = ("cin", "cp", "cla", "care_leaver", "private_fostering")


RULES = {
    # id: (scope, records, first, schedule/phases)
    "chronology": (("case_while", CSSW, "count"), "chronology_update", None, [(90, "d")]),
    "case-summary": (("case_while", CSSW, "count"), "case_summary", None, [(90, "d")]),
    "cp-visit": (("episode", "cp", None), "visit_seen", None, [(10, "wd")]),
    "cin-visit": (("episode", "cin", None), "visit_seen", None, [(28, "wd")]),
    "cla-visit": (("episode", "cla", "not_settled"), "visit_seen", (1, "w"), [(6, "w")]),
    "cla-visit-settled": (("episode", "cla", "settled"), "visit_seen", (1, "w"), "settled_phases"),
    "cin-review": (("episode", "cin", None), "cin_review", None, [(3, "m"), (6, "m")]),
    "cp-review": (("episode", "cp", None), "rcpc", None, [(3, "m"), (6, "m")]),
    "cla-review": (("period", "cla", None), "cla_review", None, [(28, "d"), (3, "m"), (6, "m")]),
}

# case-supervision: one clock for the case while one of these is open, the interval following the episodes open
# (in this order on a tie).
SUPERVISION = [("cp", (1, "m")), ("cin", (2, "m")), ("cla", (2, "m")), ("care_leaver", (3, "m"))]


def record_dates(c, what):
    if what == "visit_seen":
        return sorted({v["date"] for v in c.visits if qualifies_visit(v)})
    if what in ("cin_review", "rcpc", "cla_review"):
        return sorted({r[1] for r in c.reviews if r[0] == what})
    return sorted({r[1] for r in c.contacts if r[0] == what})


def scopes(c, scope):
    start, close = c.span()
    case_end = close or D(9999, 12, 31)
    if scope == "case":
        return [(start, case_end, "")]
    if scope[0] == "case_while":
        # The case while an episode of one of the types is open: those episodes in start order, merged
        # when they overlap or follow on (whatever their types), each span clipped to the case.
        # With "count" (gaps: count), a gap between two spans belongs to the window too when the case is still
        # open at the next start and no episode of a type not listed is open in the gap.
        count = len(scope) > 2 and scope[2] == "count"

        def bridged(end, nxt):
            if not count or end == D(9999, 12, 31) or nxt > case_end:
                return False
            a, b = end + ONE, nxt - ONE
            return not any(e[0] not in scope[1] and e[1] <= b and (e[2] or D(9999, 12, 31)) >= a
                           for e in c.episodes)

        spans = []
        for s, e in sorted((e[1], e[2] or D(9999, 12, 31)) for e in c.episodes if e[0] in scope[1]):
            if spans and (s - ONE <= spans[-1][1] or bridged(spans[-1][1], s)):
                spans[-1] = (spans[-1][0], max(spans[-1][1], e))
            else:
                spans.append((s, e))
        out = [(max(s, start), min(e, case_end), "") for s, e in spans]
        return [(s, e, t) for s, e, t in out if s <= e and s <= AS_OF]
    level, etype, tagsel = scope
    eps = sorted((e for e in c.episodes if e[0] == etype), key=lambda e: e[1])
    if tagsel == "settled":
        eps = [e for e in eps if "settled" in e[3].split(";")]
    elif tagsel == "not_settled":
        eps = [e for e in eps if "settled" not in e[3].split(";")]
    out = [(e[1], e[2] or D(9999, 12, 31), etype) for e in eps]
    if level == "period":
        merged = []
        for s, e, t in out:
            if merged and s <= merged[-1][1] + ONE:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e), t)
            else:
                merged.append((s, e, t))
        out = merged
    return out


def recurring(anchor, end, recs, first, interval_at):
    """Yields (anchor, due, met, status)."""
    recs = [r for r in recs if anchor <= r <= end and r <= AS_OF]
    prev = None
    clock = anchor
    out = []
    while True:
        step = first if (prev is None and first) else interval_at(clock, len(out))
        due = add(clock, step)
        if due > end:
            break
        nxt = [r for r in recs if (r >= clock if prev is None else r > clock)]
        if not nxt:
            out.append((clock, due, None, "missing" if due < AS_OF else "pending"))
            break
        r = nxt[0]
        out.append((clock, due, r, "met" if r <= due else "late"))
        prev = clock = r
    return out


def evaluate(c):
    res = []
    for rid, (scope, what, first, sched) in RULES.items():
        recs = record_dates(c, what)
        for s, e, et in scopes(c, scope):
            if sched == "settled_phases":
                def interval_at(clock, i, s=s):
                    return (6, "w") if clock < add_months(s, 12) else (3, "m")
            else:
                def interval_at(clock, i, sched=sched):
                    return sched[min(i, len(sched) - 1)]
            for a, due, met, st in recurring(s, e, recs, first, interval_at):
                res.append((rid, et, a, due, met, st))
    # case-supervision (timescale-semantics: "a plan's interval ends with the plan"): from the previous
    # discussion, the interval of each episode open then, if that plan (with the rows of its type that follow
    # on) is still open at the due date; an episode starting after it brings start + its interval; and when a
    # plan open at the previous discussion ended before its due date, a following episode with a longer
    # interval counts from the previous discussion at that interval (a step-down).
    recs = record_dates(c, "supervision")
    order = [t for t, _ in SUPERVISION]
    every = dict(SUPERVISION)
    eps = sorted((e[0], e[1], e[2] or D(9999, 12, 31)) for e in c.episodes if e[0] in every)

    def plan_end(t, es, ee):
        end = ee
        for t2, s2, e2 in eps:
            if t2 == t and s2 > es and s2 - ONE <= end:
                end = max(end, e2)
        return end

    for s, e, _ in scopes(c, ("case_while", tuple(order), "count")):
        prev, first = s, True
        while True:
            cands = []
            ended = None
            for t, es, ee in eps:
                if es <= prev <= ee:
                    due = add(prev, every[t])
                    if due <= plan_end(t, es, ee):
                        cands.append((due, prev, order.index(t)))
                    else:
                        ended = due if ended is None else min(ended, due)
            for t, es, ee in eps:
                if prev < es <= min(e, AS_OF):
                    cands.append((add(es, every[t]), es, order.index(t)))
                    if ended is not None:
                        due = add(prev, every[t])
                        if due > ended and due >= es:
                            cands.append((due, prev, order.index(t)))
            if not cands:
                break
            due, anchor, ti = min(cands)
            if due > e:
                break
            nxt = [r for r in recs if (r >= prev if first else r > prev) and r <= e and r <= AS_OF]
            if not nxt:
                res.append(("case-supervision", order[ti], anchor, due, None, "missing" if due < AS_OF else "pending"))
                break
            r = nxt[0]
            res.append(("case-supervision", order[ti], anchor, due, r, "met" if r <= due else "late"))
            prev, first = r, False
    # visit-recording: 5 working days, 2 while a CP plan is open on the visit's date; while in CSSW
    for start, end, _ in scopes(c, ("case_while", CSSW, "count")):
        for v in c.visits:
            if v["vtype"] != "statutory" or not (start <= v["date"] <= end) or v["date"] > AS_OF:
                continue
            cp_open = any(e[0] == "cp" and e[1] <= v["date"] <= (e[2] or D(9999, 1, 1)) for e in c.episodes)
            due = add_wd(v["date"], 2 if cp_open else 5)
            if v["recorded"] is None:
                res.append(("visit-recording", "", v["date"], due, None, "no recorded_date"))
                continue
            res.append(("visit-recording", "cp" if cp_open else "", v["date"], due, v["recorded"],
                        "met" if v["recorded"] <= due else "late"))
    # assessment: done when authorised; the completion counts only when no authorisation follows the start at all;
    # while in CSSW, and not owed when due after the window ends
    auths = sorted(r[1] for r in c.contacts if r[0] == "assessment_authorised")
    comps = sorted(r[1] for r in c.contacts if r[0] == "assessment_completed")
    for start, end, _ in scopes(c, ("case_while", CSSW, "count")):
        last = min(end, AS_OF)
        for r in sorted({r[1] for r in c.contacts if r[0] == "assessment_start"}):
            if not (start <= r <= last):
                continue
            due = add_wd(r, 45)
            if due > end:
                continue
            nxt = [x for x in auths if r <= x <= last] or [x for x in comps if r <= x <= last]
            if nxt:
                res.append(("assessment", "", r, due, nxt[0], "met" if nxt[0] <= due else "late"))
            else:
                res.append(("assessment", "", r, due, None, "missing" if due < AS_OF else "pending"))
    return res


# --- checks of the export's own validity ------------------------------------

def check_valid(kids):
    problems = []
    ids = set()
    for c in kids:
        if c.id in ids:
            problems.append(f"{c.id}: duplicate")
        ids.add(c.id)
        start, close = c.span()
        end = close or AS_OF
        for e in c.episodes:
            if e[2] and e[2] < e[1]:
                problems.append(f"{c.id}: episode ends before it starts {e}")
            if e[1] < start or (close and (e[2] is None or e[2] > close)):
                problems.append(f"{c.id}: episode outside the case {e}")
        cla = sorted((e for e in c.episodes if e[0] == "cla"), key=lambda e: e[1])
        for a, b in zip(cla, cla[1:]):
            if a[2] is None or b[1] <= a[2]:
                problems.append(f"{c.id}: overlapping cla rows {a} {b}")

        def in_episode(d):
            return any(e[1] <= d <= (e[2] or AS_OF) for e in c.episodes)

        rows = [(v["date"], v["recorded"], "visit") for v in c.visits] + \
               [(r[1], r[2], r[0]) for r in c.reviews] + [(r[1], r[2], r[0]) for r in c.contacts]
        keys = [(v["date"], v["recorded"], "visit", v["seen"], v["location"], v["vtype"]) for v in c.visits] + \
               [(r[1], r[2], r[0]) for r in c.reviews] + [(r[1], r[2], r[0]) for r in c.contacts]
        if len(set(keys)) != len(keys):
            problems.append(f"{c.id}: duplicate records")
        same_day = [(r[0], r[1]) for r in c.reviews + c.contacts]
        if len(set(same_day)) != len(same_day):
            problems.append(f"{c.id}: two records of one type on one day")
        for d, rec, kind in rows:
            if not in_episode(d) or d < start or d > end:
                problems.append(f"{c.id}: {kind} {d} outside the case's episodes")
            if rec and rec < d:
                problems.append(f"{c.id}: {kind} {d} recorded before the event {rec}")
            if d > AS_OF or (rec and rec > AS_OF):
                problems.append(f"{c.id}: {kind} {d} after the audit date")
            if d.weekday() >= 5:
                problems.append(f"{c.id}: {kind} {d} on a weekend")
    return problems


# --- writing the CSVs --------------------------------------------------------

def dmy(d):
    return d.strftime("%d/%m/%Y") if d else ""


def iso(d):
    return d.isoformat() if d else ""


def stamp(d, rng):
    if not d:
        return ""
    return f"{d.isoformat()} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.000"


def csv_field(s):
    s = str(s)
    if any(ch in s for ch in ',"\r\n') or s != s.strip():
        return '"' + s.replace('"', '""') + '"'
    return s


def write(path, header, rows, bom=False, crlf=False):
    nl = "\r\n" if crlf else "\n"
    text = nl.join(",".join(csv_field(f).replace("\n", nl) if not isinstance(f, Raw) else f.s for f in row)
                   for row in [header] + rows) + nl
    with open(path, "w", encoding="utf-8", newline="") as f:
        if bom:
            f.write("\ufeff")
        f.write(text)


class Raw:
    """A header cell written as is (to keep surrounding spaces visible)."""
    def __init__(self, s):
        self.s = s


def field_text(v):
    if isinstance(v, dt.date):
        return iso(v)
    return "" if v is None else str(v)


def extra_columns(rows_fields):
    """The further columns used anywhere in a file, in first-use order."""
    names = []
    for f in rows_fields:
        for k in f:
            if k not in names:
                names.append(k)
    return names


def write_all(kids):
    rng = random.Random(2026)
    # cases.csv: UTF-8 BOM, upper-case headers with surrounding spaces, blank optional fields.
    rows = []
    for c in kids:
        start, close = c.span()
        shown_open = c.open or (start if int(c.id[-3:]) % 3 == 0 else None)
        rows.append([c.id, iso(c.dob) if c.id != "CAM100118" else "",
                     iso(shown_open), iso(close), c.team,
                     c.worker if c.id != "CAM100129" else ""])
    write(os.path.join(HERE, "cases.csv"),
          [Raw("CASE_ID"), Raw(" DOB "), Raw("Open_Date"), Raw("CLOSE_DATE"), Raw(" Team"), Raw("Worker ")],
          rows, bom=True)

    # episodes.csv: columns in another order, DD/MM/YYYY dates.
    rows = []
    for c in kids:
        for e in sorted(c.episodes, key=lambda e: (e[1], e[0])):
            rows.append([e[0], c.id, e[3], dmy(e[1]), dmy(e[2])])
    write(os.path.join(HERE, "episodes.csv"), ["episode_type", "case_id", "tags", "start_date", "end_date"], rows)

    # visits.csv: CRLF line ends, a quoted free-text note column, timestamps for recorded_date.
    rows = []
    vextra = extra_columns(v["fields"] for c in kids for v in c.visits)
    for c in kids:
        for v in c.visits:
            seen = v["seen"]
            rows.append([c.id, iso(v["date"]), seen, v["alone"], v["location"],
                         "" if (v["vtype"] == "statutory" and rng.random() < 0.15) else v["vtype"],
                         stamp(v["recorded"], rng), v["note"]] + [field_text(v["fields"].get(k)) for k in vextra])
    write(os.path.join(HERE, "visits.csv"),
          ["case_id", "visit_date", "seen", "seen_alone", "location", "visit_type", "recorded_date", "note"] + vextra,
          rows, crlf=True)

    # reviews.csv: DD/MM/YYYY dates, recorded_date sometimes blank.
    rows = []
    rextra = extra_columns(f for c in kids for *_, f in c.reviews)
    for c in kids:
        for t, d, rec, f in c.reviews:
            rows.append([c.id, t, dmy(d), dmy(rec)] + [field_text(f.get(k)) for k in rextra])
    write(os.path.join(HERE, "reviews.csv"), ["case_id", "review_type", "review_date", "recorded_date"] + rextra, rows)

    # contacts.csv: ISO dates, recorded_date as system timestamps, a note column.
    rows = []
    cextra = extra_columns(f for c in kids for *_, f in c.contacts)
    for c in kids:
        for t, d, rec, note, f in c.contacts:
            rows.append([c.id, t, iso(d), stamp(rec, rng), note] + [field_text(f.get(k)) for k in cextra])
    write(os.path.join(HERE, "contacts.csv"),
          ["case_id", "contact_type", "contact_date", "recorded_date", "note"] + cextra, rows)


def main():
    kids = build()
    problems = check_valid(kids)
    for p in problems:
        print("INVALID:", p)
    verbose = "--verbose" in sys.argv
    tally = {rid: {} for rid in list(RULES) + ["case-supervision", "visit-recording", "assessment"]}
    for c in kids:
        if not c.id.startswith("CAM"):  # the Camden cross-check covers Camden's own sample children
            continue
        for rid, et, a, due, met, st in evaluate(c):
            tally[rid].setdefault(st, []).append(c.id)
            if verbose and (st != "met" or "--all" in sys.argv):
                print(f"{c.id} {rid:24} {et:12} anchor {a} due {due} met {str(met or ''):10} {st}")
    print(f"{'rule':26}{'met':>6}{'late':>6}{'missing':>8}{'pending':>8}  breaking cases")
    ok = True
    for rid, t in tally.items():
        n = {k: len(v) for k, v in t.items()}
        breaking = sorted(set(t.get("late", []) + t.get("missing", [])))
        print(f"{rid:26}{n.get('met', 0):6}{n.get('late', 0):6}{n.get('missing', 0):8}{n.get('pending', 0):8}  "
              + " ".join(x[-3:] for x in breaking))
        if not n.get("met") or not breaking:
            ok = False
            print("  ^ needs a case that meets it and one that breaks it")
    if "--check" not in sys.argv:
        write_all(kids)
    if problems or not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
