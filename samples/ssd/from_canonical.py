#!/usr/bin/env python3
"""Writes a canonical caseaudit export as Standard Safeguarding Dataset tables.

    python3 samples/ssd/from_canonical.py IN_DIR OUT_DIR

IN_DIR holds a canonical export (cases.csv, episodes.csv, visits.csv,
reviews.csv, contacts.csv; data contract section 1; only cases.csv is
required). OUT_DIR gets one CSV per SSD table (data-to-insight's
ssd-data-model, data/objects/ssd_*.yml at commit 4987c73f), every column the
specification defines, in its order, laid out so that mappings/ssd.yaml reads
the same children back: `caseaudit audit OUT_DIR --map ssd` should give what
`caseaudit audit IN_DIR` gives for every rule the SSD can carry. What it
cannot carry is dropped and counted; samples/ssd/README.md says what and why.

The output is deterministic (same input, same bytes): rows by person, then by
date; ids numbered in that order; times of day and filler values derived
from a hash of the row. Files are read row by row; what is kept is a small
state per child (a visit is one 64-bit integer), so a large export (500,000
children) converts in minutes. A count of the rows written per table, of the
rows dropped per reason and of what could not be expressed goes to stderr.

Standard library only (Python 3.9 or later).
"""
import array
import bisect
import csv
import datetime
import os
import sys
import zlib
from collections import Counter, defaultdict

# --- the SSD tables written: every column of the specification, in order ----

SPEC = {
    "ssd_person": [
        "pers_person_id", "pers_forename", "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity",
        "pers_dob", "pers_common_child_id", "pers_legacy_id", "pers_upn_unknown", "pers_send_flag",
        "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality"],
    "ssd_involvements": [
        "invo_involvements_id", "invo_professional_id", "invo_professional_role_id",
        "invo_professional_team", "invo_involvement_start_date", "invo_involvement_end_date",
        "invo_worker_change_reason", "invo_person_id", "invo_referral_id"],
    "ssd_professionals": [
        "prof_professional_id", "prof_staff_id", "prof_professional_name",
        "prof_social_worker_registration_no", "prof_professional_job_title", "prof_professional_caseload",
        "prof_professional_department", "prof_full_time_equivalency", "prof_agency_worker_flag"],
    "ssd_department": ["dept_team_id", "dept_team_name", "dept_team_parent_id", "dept_team_parent_name"],
    "ssd_early_help_episodes": [
        "earl_episode_id", "earl_person_id", "earl_episode_start_date", "earl_episode_end_date",
        "earl_episode_reason", "earl_episode_end_reason", "earl_episode_organisation",
        "earl_episode_worker_id"],
    "ssd_cin_episodes": [
        "cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code",
        "cine_referral_source_code", "cine_referral_source_desc", "cine_referral_outcome_json",
        "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team",
        "cine_referral_worker_id"],
    "ssd_cin_plans": [
        "cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id", "cinp_cin_plan_start_date",
        "cinp_cin_plan_end_date", "cinp_cin_plan_team", "cinp_cin_plan_worker_id"],
    "ssd_cp_plans": [
        "cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id", "cppl_cp_plan_start_date",
        "cppl_cp_plan_end_date", "cppl_cp_plan_initial_category", "cppl_cp_plan_ola",
        "cppl_cp_plan_latest_category"],
    "ssd_cla_placement": [
        "clap_cla_placement_id", "clap_cla_placement_start_date", "clap_cla_placement_type",
        "clap_cla_placement_urn", "clap_cla_placement_distance", "clap_cla_id", "clap_cla_placement_provider",
        "clap_cla_placement_postcode", "clap_cla_placement_end_date", "clap_cla_placement_change_reason",
        "clap_person_id"],
    "ssd_cla_episodes": [
        "clae_cla_episode_id", "clae_person_id", "clae_cla_episode_start_date", "clae_cla_episode_start_reason",
        "clae_cla_primary_need_code", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason",
        "clae_cla_id", "clae_referral_id", "clae_cla_placement_id", "clae_entered_care_date",
        "clae_cla_last_iro_contact_date"],
    "ssd_cin_visits": [
        "cinv_cin_visit_id", "cinv_person_id", "cinv_cin_visit_date", "cinv_cin_visit_seen",
        "cinv_cin_visit_seen_alone", "cinv_cin_visit_bedroom"],
    "ssd_cp_visits": [
        "cppv_cp_visit_id", "cppv_person_id", "cppv_cp_plan_id", "cppv_cp_visit_date", "cppv_cp_visit_seen",
        "cppv_cp_visit_seen_alone", "cppv_cp_visit_bedroom"],
    "ssd_cla_visits": [
        "clav_cla_visit_id", "clav_cla_id", "clav_person_id", "clav_cla_visit_date", "clav_cla_visit_seen",
        "clav_cla_visit_seen_alone"],
    "ssd_initial_cp_conference": [
        "icpc_icpc_id", "icpc_icpc_meeting_id", "icpc_s47_enquiry_id", "icpc_person_id", "icpc_cp_plan_id",
        "icpc_referral_id", "icpc_icpc_transfer_in", "icpc_icpc_target_date", "icpc_icpc_date",
        "icpc_icpc_outcome_cp_flag", "icpc_icpc_outcome_json", "icpc_icpc_team", "icpc_icpc_worker_id"],
    "ssd_cp_reviews": [
        "cppr_cp_review_id", "cppr_person_id", "cppr_cp_plan_id", "cppr_cp_review_due", "cppr_cp_review_date",
        "cppr_cp_review_meeting_id", "cppr_cp_review_outcome_continue_cp", "cppr_cp_review_quorate",
        "cppr_cp_review_participation"],
    "ssd_cla_reviews": [
        "clar_cla_review_id", "clar_cla_id", "clar_cla_review_due_date", "clar_cla_review_date",
        "clar_cla_review_cancelled", "clar_cla_review_participation"],
    "ssd_cin_assessments": [
        "cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date",
        "cina_assessment_child_seen", "cina_assessment_auth_date", "cina_assessment_outcome_json",
        "cina_assessment_outcome_nfa", "cina_assessment_team", "cina_assessment_worker_id"],
    "ssd_s47_enquiry": [
        "s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date",
        "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_outcome_json", "s47e_s47_completed_by_worker_id",
        "s47e_s47_completed_by_team"],
    "ssd_care_leavers": [
        "clea_table_id", "clea_person_id", "clea_care_leaver_eligibility", "clea_care_leaver_in_touch",
        "clea_care_leaver_latest_contact", "clea_care_leaver_accommodation",
        "clea_care_leaver_accom_suitable", "clea_care_leaver_activity", "clea_pathway_plan_review_date",
        "clea_care_leaver_personal_advisor", "clea_care_leaver_allocated_team",
        "clea_care_leaver_worker_id"],
}

# Tables written as an SSMS export writes them, a missing value as the text
# NULL; the others leave the cell empty (both forms occur in real extracts).
NULL_TABLES = {
    "ssd_person", "ssd_involvements", "ssd_cin_episodes", "ssd_cp_plans", "ssd_cp_visits",
    "ssd_initial_cp_conference", "ssd_cp_reviews", "ssd_cla_reviews", "ssd_cin_assessments",
    "ssd_care_leavers",
}

# First id of each table's numbering (ids are unique per table).
ID_BASE = {
    "ssd_involvements": 700001, "ssd_professionals": 90001, "ssd_department": 5001,
    "ssd_early_help_episodes": 300001, "ssd_cin_episodes": 100001, "ssd_cin_plans": 200001,
    "ssd_cp_plans": 250001, "ssd_cla_placement": 400001, "ssd_cla_episodes": 450001, "cla_period": 480001,
    "ssd_cin_visits": 1000001, "ssd_cp_visits": 3000001, "ssd_cla_visits": 5000001,
    "ssd_initial_cp_conference": 600001, "icpc_meeting": 610001, "ssd_cp_reviews": 620001,
    "cppr_meeting": 630001, "ssd_cla_reviews": 640001, "ssd_cin_assessments": 800001,
    "ssd_s47_enquiry": 850001, "ssd_care_leavers": 900001,
}

SENTINEL_1900 = "1900-01-01 00:00:00.000"  # LiquidLogic's ISNULL(..., '1900-01-01')

EPISODE_TYPES = {"early_help", "cin", "cp", "cla", "care_leaver", "private_fostering", "youth_justice",
                 "targeted_youth_support", "placement_search"}
LOCATIONS = {"", "home", "placement", "office", "school", "virtual", "other", "unknown"}
VISIT_TYPES = {"", "statutory", "pa", "other"}
CARRIED_EPISODES = {"early_help", "cin", "cp", "cla"}
CLA_TAGS = {"placed_with_parents", "long_term_match", "external"}
REVIEWS_CARRIED = {"icpc", "rcpc", "cla_review", "pathway_review"}
CONTACTS_CARRIED = {"referral", "assessment_start", "assessment_authorised", "s47_start", "pa_contact"}

OPEN = 10 ** 7  # an open end, after every real date ordinal


# --- values -------------------------------------------------------------------

def valid_time(t):
    if len(t) < 5 or t[2] != ":" or not (t[:2].isdigit() and t[3:5].isdigit()):
        return False
    if int(t[:2]) > 23 or int(t[3:5]) > 59:
        return False
    if len(t) == 5:
        return True
    if len(t) < 8 or t[5] != ":" or not t[6:8].isdigit() or int(t[6:8]) > 59:
        return False
    if len(t) == 8:
        return True
    return t[8] == "." and t[9:].isdigit() and t[9:].isascii()


def parse_date_text(text):
    """The day of a canonical date (data contract, Values) as an ordinal, or
    None if it is not one: YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY, with an
    optional time after a space or T (HH:MM, HH:MM:SS, HH:MM:SS.fff)."""
    cut = len(text)
    for sep in ("T", " "):
        i = text.find(sep)
        if 0 <= i < cut:
            cut = i
    day, time = text[:cut], (text[cut + 1:] if cut < len(text) else None)
    if time is not None and not valid_time(time):
        return None
    if not day.isascii() or len(day) != 10:
        return None
    if day[4] == "-" and day[7] == "-" and day[:4].isdigit() and day[5:7].isdigit() and day[8:].isdigit():
        y, m, d = int(day[:4]), int(day[5:7]), int(day[8:])
    elif day[2] in "/-" and day[5] == day[2] and day[:2].isdigit() and day[3:5].isdigit() and day[6:].isdigit():
        d, m, y = int(day[:2]), int(day[3:5]), int(day[6:])
    else:
        return None
    if not 1900 <= y <= 2199:
        return None
    try:
        return datetime.date(y, m, d).toordinal()
    except ValueError:
        return None


_date_cache = {}
BAD = -1


def parse_date(text):
    """Ordinal for a non-blank date cell, BAD if it is not a date."""
    r = _date_cache.get(text)
    if r is None:
        r = parse_date_text(text)
        if r is None:
            r = BAD
        if len(_date_cache) > 500000:
            _date_cache.clear()
        _date_cache[text] = r
    return r


YES = {"y": 1, "yes": 1, "true": 1, "1": 1, "n": 2, "no": 2, "false": 2, "0": 2, "": 0}
YN = ("", "Y", "N")


_iso_cache = {}


def iso(o):
    s = _iso_cache.get(o)
    if s is None:
        s = _iso_cache[o] = datetime.date.fromordinal(o).isoformat()
    return s


def day_dt(o):
    """A date as SQL Server DATETIME writes it, at midnight."""
    return None if o is None or o >= OPEN else iso(o) + " 00:00:00.000"


def visit_dt(o, h):
    """A visit's DATETIME: a time of day in working hours from the row's hash;
    milliseconds in DATETIME's 1/300 s steps (ending 0, 3 or 7)."""
    hour = 8 + h % 11
    minute = (h >> 4) % 60
    second = (h >> 10) % 60
    ms = (((h >> 16) % 300) * 10 + 1) // 3
    return "%s %02d:%02d:%02d.%03d" % (iso(o), hour, minute, second, ms)


def meeting_dt(o, h):
    """A meeting's DATETIME: booked on the hour or half hour, 09:00 to 15:30."""
    return "%s %02d:%02d:00.000" % (iso(o), 9 + h % 7, 30 * ((h >> 5) & 1))


def h32(*parts):
    return zlib.crc32("\x1f".join(parts).encode("utf-8"))


def pick(options, h):
    return options[h % len(options)]


def add_months(o, n):
    d = datetime.date.fromordinal(o)
    t = d.year * 12 + d.month - 1 + n
    y, m = divmod(t, 12)
    m += 1
    last = (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1)).day
    return datetime.date(y, m, min(d.day, last)).toordinal()


def add_working_days(o, n):
    """n working days after o (Monday to Friday; bank holidays not counted)."""
    while n > 0:
        o += 1
        if datetime.date.fromordinal(o).weekday() < 5:
            n -= 1
    return o


def flags_json(keys, yes, spaced=True, total=False):
    parts = []
    for k in keys:
        parts.append('"%s": "%s"' % (k, "Y" if k in yes else "N") if spaced else '"%s":"%s"' % (k, "Y" if k in yes else "N"))
    if total:
        parts.append(('"TOTAL_NO_OF_OUTCOMES": %d' if spaced else '"TOTAL_NO_OF_OUTCOMES":%d') % len(yes))
        parts.append('"COMMENTS": ""' if spaced else '"COMMENTS":""')
    return "{" + (", " if spaced else ",").join(parts) + "}"


REFERRAL_FLAGS = ["SINGLE_ASSESSMENT_FLAG", "NFA_FLAG", "STRATEGY_DISCUSSION_FLAG", "CLA_REQUEST_FLAG",
                  "NON_AGENCY_ADOPTION_FLAG", "PRIVATE_FOSTERING_FLAG", "CP_TRANSFER_IN_FLAG",
                  "CP_CONFERENCE_FLAG", "CARE_LEAVER_FLAG", "OTHER_OUTCOMES_EXIST_FLAG"]
REFERRAL_OUTCOME = {"assessment": "SINGLE_ASSESSMENT_FLAG", "nfa": "NFA_FLAG", "strategy": "STRATEGY_DISCUSSION_FLAG",
                    "s47": "STRATEGY_DISCUSSION_FLAG", "icpc_required": "CP_CONFERENCE_FLAG"}
ASSESSMENT_FLAGS = ["NFA_FLAG", "NFA_S47_END_FLAG", "STRATEGY_DISCUSSION_FLAG", "CLA_REQUEST_FLAG",
                    "PRIVATE_FOSTERING_FLAG", "LEGAL_ACTION_FLAG", "PROV_OF_SERVICES_FLAG", "PROV_OF_SB_CARE_FLAG",
                    "SPECIALIST_ASSESSMENT_FLAG", "REFERRAL_TO_OTHER_AGENCY_FLAG", "OTHER_ACTIONS_FLAG",
                    "OTHER_OUTCOMES_EXIST_FLAG"]
ASSESSMENT_OUTCOME = {"nfa": "NFA_FLAG", "strategy": "STRATEGY_DISCUSSION_FLAG", "s47": "STRATEGY_DISCUSSION_FLAG",
                      "cin": "PROV_OF_SERVICES_FLAG", "early_help": "REFERRAL_TO_OTHER_AGENCY_FLAG",
                      "passed_on": "REFERRAL_TO_OTHER_AGENCY_FLAG"}
S47_FLAGS = ["NFA_FLAG", "LEGAL_ACTION_FLAG", "PROV_OF_SERVICES_FLAG", "PROV_OF_SB_CARE_FLAG", "CP_CONFERENCE_FLAG",
             "NFA_CONTINUE_SINGLE_FLAG", "MONITOR_FLAG", "OTHER_OUTCOMES_EXIST_FLAG"]
S47_OUTCOME = {"nfa": "NFA_FLAG", "icpc_required": "CP_CONFERENCE_FLAG", "cin": "PROV_OF_SERVICES_FLAG"}
ICPC_FLAGS = ["NFA_FLAG", "REFERRAL_TO_OTHER_AGENCY_FLAG", "SINGLE_ASSESSMENT_FLAG", "PROV_OF_SERVICES_FLAG",
              "CP_FLAG", "OTHER_OUTCOMES_EXIST_FLAG"]


def outcome_flags(outcome, table):
    if not outcome:
        return set()
    return {table.get(outcome, "OTHER_OUTCOMES_EXIST_FLAG")}


# --- reading ------------------------------------------------------------------

class Fatal(Exception):
    pass


def read_rows(path, wanted, required):
    """Yields (line, values) for each row of a canonical CSV, values in the
    order of `wanted` (a column the file lacks reads as blank). Headers are
    matched case-insensitively without surrounding spaces; a BOM is skipped."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None:
            raise Fatal("%s: empty file (no header row)" % path)
        index = {}
        for i, name in enumerate(header):
            index.setdefault(name.strip().lower(), i)
        missing = [c for c in required if c not in index]
        if missing:
            raise Fatal("%s: missing required column %s" % (path, ", ".join(missing)))
        width = len(header)
        cols = [index.get(c, width) for c in wanted]
        pad = [""] * (width + 1)
        line = reader.line_num
        for row in reader:
            start, line = line + 1, reader.line_num
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if len(row) <= width:
                row = row + pad[len(row):]
            yield start, [row[c].strip() for c in cols]


class Child:
    __slots__ = ("id", "dob", "open", "close", "team", "worker", "eps", "refs", "astart", "aauth", "s47",
                 "icpc", "rcpc", "clar", "visits", "pa", "pathway")

    def __init__(self, cid, dob, open_, close, team, worker):
        self.id, self.dob, self.open, self.close, self.team, self.worker = cid, dob, open_, close, team, worker
        self.eps = self.refs = self.astart = self.aauth = self.s47 = None
        self.icpc = self.rcpc = self.clar = self.visits = None
        self.pa = self.pathway = None


class Converter:
    def __init__(self, in_dir, out_dir):
        self.in_dir, self.out_dir = in_dir, out_dir
        self.children = {}
        self.names = {}
        self.dropped = Counter()     # reason -> rows of the canonical export not written
        self.added = Counter()       # what the SSD gets that the canonical export does not hold
        self.notes = Counter()       # choices made where the SSD needs what the export does not say
        self.problems = defaultdict(list)  # what could not be expressed faithfully -> case ids
        self.written = Counter()

    def intern(self, s):
        return self.names.setdefault(s, s)

    def drop(self, reason, n=1):
        self.dropped[reason] += n

    def problem(self, kind, case_id):
        self.problems[kind].append(case_id)

    def path(self, name):
        return os.path.join(self.in_dir, name)

    def child_of(self, file, cid):
        c = self.children.get(cid)
        if c is None:
            self.drop("%s: case_id not in cases.csv (or its row was unusable)" % file)
        return c

    # cases.csv
    def read_cases(self):
        p = self.path("cases.csv")
        if not os.path.exists(p):
            raise Fatal("%s: not found (cases.csv is required)" % p)
        for line, vals in read_rows(
                p, ["case_id", "dob", "open_date", "close_date", "team", "worker"], ["case_id"]):
            (cid, dob, op, cl, team, worker) = vals
            if not cid:
                self.drop("cases: blank case_id")
                continue
            if cid in self.children:
                self.drop("cases: duplicate case_id (the first row is kept)")
                continue
            dates = [parse_date(v) if v else None for v in (dob, op, cl)]
            if BAD in dates:
                self.drop("cases: bad date (the case is skipped, as caseaudit skips it)")
                continue
            if dates[1] is not None and dates[2] is not None and dates[2] < dates[1]:
                self.drop("cases: close_date before open_date (the case is skipped)")
                continue
            self.children[cid] = Child(cid, dates[0], dates[1], dates[2], self.intern(team), self.intern(worker))

    def read_episodes(self):
        p = self.path("episodes.csv")
        if not os.path.exists(p):
            return
        for line, vals in read_rows(
                p, ["case_id", "episode_type", "start_date", "end_date", "tags"],
                ["case_id", "episode_type", "start_date"]):
            (cid, et, sd, ed, tags) = vals
            c = self.child_of("episodes", cid)
            if c is None:
                continue
            et = et.lower()
            if et not in EPISODE_TYPES:
                self.drop("episodes: unknown episode_type")
                continue
            s = parse_date(sd) if sd else BAD
            e = parse_date(ed) if ed else OPEN
            if s == BAD or e == BAD:
                self.drop("episodes: blank or bad date")
                continue
            if e < s:
                self.drop("episodes: end_date before start_date")
                continue
            tag_list = tuple(sorted({self.intern(t.strip()) for t in tags.split(";") if t.strip()}))
            if c.eps is None:
                c.eps = []
            c.eps.append((s, e, self.intern(et), tag_list))

    def read_visits(self):
        p = self.path("visits.csv")
        if not os.path.exists(p):
            return
        for line, vals in read_rows(
                p, ["case_id", "visit_date", "seen", "seen_alone", "location", "visit_type", "recorded_date"],
                ["case_id", "visit_date"]):
            (cid, vd, seen, alone, loc, vtype, rec) = vals
            c = self.child_of("visits", cid)
            if c is None:
                continue
            d = parse_date(vd) if vd else BAD
            s, a = YES.get(seen.lower()), YES.get(alone.lower())
            vtype, loc = vtype.lower(), loc.lower()
            if d == BAD or s is None or a is None or vtype not in VISIT_TYPES or loc not in LOCATIONS \
                    or (rec and parse_date(rec) == BAD):
                self.drop("visits: unusable row (bad date, flag or value; caseaudit skips it too)")
                continue
            if vtype == "pa":
                self.drop("visits: personal adviser visit (visit_type pa; no SSD visit table holds them)")
                continue
            if vtype == "other":
                self.drop("visits: visit_type other (the SSD visit tables hold statutory visits only)")
                continue
            if c.visits is None:
                c.visits = array.array("q")
            c.visits.append((d << 40) | (s << 38) | (a << 36) | zlib.crc32("\x1f".join(vals).encode("utf-8")))

    def read_reviews(self):
        p = self.path("reviews.csv")
        if not os.path.exists(p):
            return
        for line, vals in read_rows(
                p, ["case_id", "review_type", "review_date", "recorded_date", "minutes_date"],
                ["case_id", "review_type", "review_date"]):
            (cid, rt, rd, rec, mins) = vals
            rt = rt.lower()
            if rt not in REVIEWS_CARRIED:
                self.drop("reviews: %s (no SSD table)" % (rt or "blank review_type"))
                continue
            c = self.child_of("reviews", cid)
            if c is None:
                continue
            d = parse_date(rd) if rd else BAD
            if d == BAD or (rec and parse_date(rec) == BAD) or (mins and parse_date(mins) == BAD):
                self.drop("reviews: unusable row (bad date; caseaudit skips it too)")
                continue
            if rt == "pathway_review":
                if c.pathway is None:
                    c.pathway = d
                else:
                    self.drop("reviews: pathway_review before the child's latest (ssd_care_leavers holds the latest only)")
                    c.pathway = max(c.pathway, d)
                continue
            packed = (d << 32) | zlib.crc32("\x1f".join(vals).encode("utf-8"))
            slot = {"icpc": "icpc", "rcpc": "rcpc", "cla_review": "clar"}[rt]
            lst = getattr(c, slot)
            if lst is None:
                lst = []
                setattr(c, slot, lst)
            lst.append(packed)

    def read_contacts(self):
        p = self.path("contacts.csv")
        if not os.path.exists(p):
            return
        for line, vals in read_rows(
                p, ["case_id", "contact_type", "contact_date", "recorded_date", "outcome"],
                ["case_id", "contact_type", "contact_date"]):
            (cid, ct, cd, rec, outcome) = vals
            ct = ct.lower()
            if ct not in CONTACTS_CARRIED:
                self.drop("contacts: %s (no SSD table)" % (ct or "blank contact_type"))
                continue
            c = self.child_of("contacts", cid)
            if c is None:
                continue
            d = parse_date(cd) if cd else BAD
            if d == BAD or (rec and parse_date(rec) == BAD):
                self.drop("contacts: unusable row (bad date; caseaudit skips it too)")
                continue
            outcome = self.intern(outcome.lower())  # "" when blank (rows sort by date, then outcome)
            if ct == "pa_contact":
                if c.pa is None:
                    c.pa = d
                else:
                    self.drop("contacts: pa_contact before the child's latest (ssd_care_leavers holds the latest only)")
                    c.pa = max(c.pa, d)
                continue
            slot = {"referral": "refs", "assessment_start": "astart", "assessment_authorised": "aauth",
                    "s47_start": "s47"}[ct]
            lst = getattr(c, slot)
            if lst is None:
                lst = []
                setattr(c, slot, lst)
            lst.append((d, outcome))

    # --- writing ----------------------------------------------------------------

    def open_tables(self):
        os.makedirs(self.out_dir, exist_ok=True)
        self.files, self.writers, self.next_id = {}, {}, dict(ID_BASE)
        for t, cols in SPEC.items():
            f = open(os.path.join(self.out_dir, t + ".csv"), "w", newline="", encoding="utf-8")
            self.files[t] = f
            w = csv.writer(f, lineterminator="\n")
            w.writerow(cols)
            self.writers[t] = w

    def new_id(self, kind):
        n = self.next_id[kind]
        self.next_id[kind] = n + 1
        return str(n)

    def write(self, table, row):
        if table in NULL_TABLES:
            row = ["NULL" if v is None or v == "" else v for v in row]
        else:
            row = ["" if v is None else v for v in row]
        self.writers[table].writerow(row)
        self.written[table] += 1

    def close_tables(self):
        for f in self.files.values():
            f.close()

    def convert(self):
        self.read_cases()
        self.read_episodes()
        self.read_contacts()
        self.read_reviews()
        self.read_visits()
        self.open_tables()
        ids = sorted(self.children)
        self.plan_staff(ids)
        for cid in ids:
            self.emit_child(self.children[cid])
        self.close_tables()

    def plan_staff(self, ids):
        """Departments (one per team name) and professionals (one per worker
        name), numbered in name order."""
        teams = sorted({self.children[i].team for i in ids} - {""})
        workers = sorted({self.children[i].worker for i in ids} - {""})
        if len(workers) == 1:
            workers.append("Duty Social Worker")  # someone for an earlier allocation to have been
            workers.sort()
        self.dept = {}
        parent = "5000"
        for t in teams:
            self.dept[t] = self.new_id("ssd_department")
            self.write("ssd_department", [self.dept[t], t, parent, "Children's Social Care"])
        self.worker_names = workers
        self.worker_ix = {w: i for i, w in enumerate(workers)}
        caseload, home_team = Counter(), {}
        for i in ids:
            c = self.children[i]
            if c.worker:
                if c.close is None:
                    caseload[c.worker] += 1
                home_team.setdefault(c.worker, c.team)
        self.prof = {}
        for w in workers:
            pid = self.new_id("ssd_professionals")
            self.prof[w] = pid
            h = h32("prof", w)
            team = home_team.get(w, "")
            title = "Personal Adviser" if "leaving care" in team.lower() else pick(
                ["Social Worker", "Social Worker", "Senior Social Worker", "Advanced Practitioner"], h)
            if "early help" in team.lower():
                title = "Family Support Worker"
            reg = "" if title in ("Personal Adviser", "Family Support Worker") else "SW%06d" % (h % 1000000)
            self.write("ssd_professionals", [
                pid, "E%05d" % (h % 100000), w, reg, title, str(caseload.get(w, 0)), team,
                pick(["1.0", "1.0", "1.0", "0.8", "0.6"], h >> 8), pick(["N", "N", "N", "N", "Y"], h >> 12)])

    # one child's rows in every table
    def emit_child(self, c):
        pid = c.id
        hc = h32(pid)
        team_id = self.dept.get(c.team) if c.team else None
        worker_id = self.prof.get(c.worker) if c.worker else None
        eps = sorted(c.eps) if c.eps else []

        # ssd_person
        sex = pick(["F", "M"], hc)
        self.write("ssd_person", [
            pid, None, None, sex, "02" if sex == "F" else "01",
            pick(["WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "BAFR", "BCRB", "AIND", "APKN", "ABAN", "MOTH", "OOTH"],
                 hc >> 3),
            day_dt(c.dob), None, None, None, pick(["N", "N", "N", "Y"], hc >> 7), None, None, "N", None])

        # case open and close: ssd_cin_episodes, one row per referral plus one
        # at the case's effective open date when no referral is on that day
        eff_open = c.open if c.open is not None else (min(e[0] for e in eps) if eps else None)
        refs = sorted(c.refs) if c.refs else []
        rows = list(refs)
        if eff_open is not None:
            if any(d < eff_open for d, _ in refs):
                self.problem("a referral is dated before the case's open date (the SSD opens the case at the "
                             "earliest referral)", pid)
            if not any(d == eff_open for d, _ in refs):
                rows.append((eff_open, ""))
                rows.sort()
                self.added["ssd_cin_episodes: a row at the case's open date, which has no referral "
                           "(gives an extra referral record)"] += 1
        elif refs:
            self.problem("a case with referrals but no open date and no episode (the SSD opens it at the "
                         "earliest referral)", pid)
        if c.close is not None and not rows:
            self.problem("a closed case with no open date, no episode and no referral (its close_date is lost)", pid)
        if c.close is not None and rows and c.close < rows[-1][0]:
            self.problem("close_date before the last referral (the SSD closes the case at that referral)", pid)
        need = pick(["N1", "N1", "N1", "N4", "N5", "N3", "N2"], hc >> 5)
        if any(e[2] == "cp" for e in eps):
            need = "N1"
        referral_ids = []
        for k, (d, outcome) in enumerate(rows):
            rid = self.new_id("ssd_cin_episodes")
            referral_ids.append((d, rid))
            last = k == len(rows) - 1
            close = (c.close if last else rows[k + 1][0])
            hr = h32(pid, "ref", str(d))
            src = pick([("1A", "Individual - family member, relative or carer"), ("2A", "Schools"),
                        ("3A", "Health services - GP"), ("3B", "Health services - health visitor"),
                        ("3E", "Health services - A&E"), ("5A", "LA services - social care"), ("6", "Police"),
                        ("6", "Police"), ("8", "Other"), ("9", "Anonymous")], hr)
            yes = outcome_flags(outcome, REFERRAL_OUTCOME)
            self.write("ssd_cin_episodes", [
                rid, pid, day_dt(d), need, src[0], src[1], flags_json(REFERRAL_FLAGS, yes),
                "Y" if outcome == "nfa" else "N",
                None if close is None else ("RC7" if last else "RC8"), day_dt(close), team_id, worker_id])

        def referral_at(d):
            """The referral episode open on day d (else the first)."""
            rid = None
            for rd, r in referral_ids:
                if rd <= d:
                    rid = r
                else:
                    break
            return rid if rid is not None else (referral_ids[0][1] if referral_ids else None)

        # team and worker: ssd_involvements
        self.emit_involvements(c, eff_open, team_id, worker_id, referral_at)

        # conference and enquiry ids first, so that a plan can name its
        # conference (ids still follow each table's row order)
        icpcs = sorted(c.icpc) if c.icpc else []
        icpc_ids = {p: self.new_id("ssd_initial_cp_conference") for p in icpcs}
        s47s = sorted(c.s47) if c.s47 else []
        s47_ids = [(d, self.new_id("ssd_s47_enquiry")) for d, _ in s47s]

        # episodes
        cp_ids, cla_rows = [], []
        for s, e, et, tags in eps:
            if et not in CARRIED_EPISODES:
                self.drop("episodes: %s (the SSD has no such episodes)" % et)
                continue
            if et != "cla":
                for t in tags:
                    self.dropped["tags: %s on %s (no SSD code)" % (t, et)] += 1
            end = None if e >= OPEN else e
            he = h32(pid, et, str(s))
            if et == "early_help":
                followed = any(x[2] in ("cin", "cp", "cla") and e < OPEN and e <= x[0] <= e + 1 for x in eps)
                self.write("ssd_early_help_episodes", [
                    self.new_id("ssd_early_help_episodes"), pid, day_dt(s), day_dt(end),
                    pick(["Parenting support", "School attendance", "Emotional wellbeing", "Family conflict",
                          "Domestic abuse"], he),
                    None if end is None else ("Step-up to social care" if followed else pick(
                        ["Outcomes met", "Outcomes met", "NFA", "Family disengaged"], he >> 4)),
                    c.team or None, worker_id])
            elif et == "cin":
                self.write("ssd_cin_plans", [self.new_id("ssd_cin_plans"), referral_at(s), pid, day_dt(s),
                                             day_dt(end), team_id, worker_id])
            elif et == "cp":
                cpid = self.new_id("ssd_cp_plans")
                icpc_of = None
                for p in icpcs:
                    if abs((p >> 32) - s) <= 30:
                        icpc_of = p
                        break
                cp_ids.append((s, e, cpid, icpc_of))
                cat = pick(["Neglect", "Neglect", "Emotional abuse", "Emotional abuse", "Physical abuse",
                            "Sexual abuse", "Multiple: Neglect, Emotional abuse"], he)
                self.write("ssd_cp_plans", [cpid, referral_at(s), icpc_ids.get(icpc_of), pid, day_dt(s), day_dt(end),
                                            cat, "N",
                                            cat if (he >> 8) % 4 else pick(["Neglect", "Emotional abuse"], he >> 10)])
            else:
                cla_rows.append((s, e, tags))

        # periods of care: cla rows following on (next start on or before the
        # day after the previous end) share a clae_cla_id
        periods = []  # [cla_id, start, end]
        for s, e, tags in cla_rows:
            if periods and s <= periods[-1][2] + 1:
                periods[-1][2] = max(periods[-1][2], e)
            else:
                periods.append([self.new_id("cla_period"), s, e])
        clars = sorted(c.clar) if c.clar else []
        clar_dates = [p >> 32 for p in clars]
        for k, (s, e, tags) in enumerate(cla_rows):
            period = next(p for p in periods if p[1] <= s <= p[2])
            nxt = cla_rows[k + 1] if k + 1 < len(cla_rows) else None
            moves_on = nxt is not None and nxt[0] <= e + 1
            hp = h32(pid, "cla", str(s))
            tagset = set(tags)
            for t in sorted(tagset - CLA_TAGS):
                self.dropped["tags: %s on cla (no SSD code)" % t] += 1
            if "placed_with_parents" in tagset:
                ptype = "P1"
                if "long_term_match" in tagset:
                    self.problem("a placement tagged both placed_with_parents and long_term_match (one placement "
                                 "type: P1 kept)", pid)
            elif "long_term_match" in tagset:
                ptype = pick(["U4", "U4", "U1"], hp)
            elif "reg24" in tagset:
                ptype = "U3"
            else:
                age = (s - c.dob) / 365.25 if c.dob is not None else 10
                ptype = pick(["U6", "U6", "U6", "U3", "K2", "H5", "P2"] if age >= 16 else
                             ["U6", "U6", "U6", "U6", "U3", "K2"], hp)
            if "external" in tagset:
                provider = "PR4"
            else:
                provider = "PR0" if ptype == "P1" else "PR1"
            plid = self.new_id("ssd_cla_placement")
            end = None if e >= OPEN else e
            self.write("ssd_cla_placement", [
                plid, day_dt(s), ptype, "" if ptype == "P1" else "SC%06d" % (hp % 1000000),
                "%.1f" % ((hp >> 8) % 400 / 10.0 + 0.3), period[0], provider, "", day_dt(end),
                pick(["CARPL", "CARPL", "CREQB", "LAREQ", "CHILD", "CREQO"], hp >> 12) if moves_on else "",
                pid])
            first_in_period = s == period[1]
            if end is None:
                ceased = ""
            elif moves_on:
                ceased = "X1"
            else:
                age = (e - c.dob) / 365.25 if c.dob is not None else 0
                ceased = pick(["E17", "E5", "E8"], hp >> 16) if age >= 17.9 else pick(["E4A", "E4A", "E13", "E41", "E45"], hp >> 16)
            iro = [d for d in clar_dates if s <= d <= e]
            self.write("ssd_cla_episodes", [
                self.new_id("ssd_cla_episodes"), pid, day_dt(s),
                "S" if first_in_period else pick(["P", "P", "T", "B"], hp >> 20), need, day_dt(end), ceased,
                period[0], referral_at(s), plid, day_dt(period[1]), day_dt(iro[-1]) if iro else ""])

        def cp_at(d):
            for s, e, cpid, _ in cp_ids:
                if s <= d <= e:
                    return cpid
            return None

        def period_at(d):
            for p in periods:
                if p[1] <= d <= p[2]:
                    return p
            return None

        # visits: a CP visit while a CP plan is open, else a CLA visit while
        # looked after, else a CIN visit
        visits = sorted(c.visits) if c.visits else []
        kinds = set()
        for v in visits:
            d, s, a, h = v >> 40, (v >> 38) & 3, (v >> 36) & 3, v & 0xFFFFFFFF
            cpid = cp_at(d)
            if cpid is not None:
                self.write("ssd_cp_visits", [self.new_id("ssd_cp_visits"), pid, cpid, visit_dt(d, h), YN[s],
                                             YN[a], pick(["Y", "Y", "N", None], h >> 24)])
                kinds.add("cp")
                continue
            p = period_at(d)
            if p is not None:
                self.write("ssd_cla_visits", [self.new_id("ssd_cla_visits"), p[0], pid, visit_dt(d, h), YN[s],
                                              YN[a]])
                continue
            self.write("ssd_cin_visits", [self.new_id("ssd_cin_visits"), pid, visit_dt(d, h), YN[s], YN[a],
                                          pick(["Y", "Y", "N", ""], h >> 24)])
            kinds.add("cin")
        # visits booked but not yet held (LiquidLogic keeps them, undated),
        # which the mapping must leave out
        for kind, table in (("cin", "ssd_cin_visits"), ("cp", "ssd_cp_visits")):
            key = "%s: a visit not yet held (no date; excluded by the mapping)" % table
            if kind in kinds and (self.added[key] == 0 or hc % 37 == 0):
                if kind == "cin":
                    self.write(table, [self.new_id(table), pid, "", "", "", ""])
                else:
                    self.write(table, [self.new_id(table), pid, cp_ids[-1][2], None, None, None, None])
                self.added[key] += 1

        # enquiries and conferences
        for (d, outcome), (_, sid) in zip(s47s, s47_ids):
            yes = outcome_flags(outcome, S47_OUTCOME)
            self.write("ssd_s47_enquiry", [sid, referral_at(d), pid, day_dt(d), "",
                                           "Y" if outcome == "nfa" else "N", flags_json(S47_FLAGS, yes, total=True),
                                           worker_id, team_id])
        for p in icpcs:
            d, h = p >> 32, p & 0xFFFFFFFF
            iid = icpc_ids[p]
            plan = next((x for x in cp_ids if x[3] == p), None)
            prior = [x for x in s47_ids if x[0] <= d]
            self.write("ssd_initial_cp_conference", [
                iid, self.new_id("icpc_meeting"), prior[-1][1] if prior else None, pid,
                plan[2] if plan else None, referral_at(d), "N",
                day_dt(add_working_days(prior[-1][0], 15)) if prior else None, meeting_dt(d, h),
                "Y" if plan else "N",
                flags_json(ICPC_FLAGS, {"CP_FLAG"} if plan else {"PROV_OF_SERVICES_FLAG"}, spaced=False, total=True),
                team_id, worker_id])

        # review conferences: ssd_cp_reviews
        rcpcs = sorted(c.rcpc) if c.rcpc else []
        last_by_plan = {}
        for p in rcpcs:
            d, h = p >> 32, p & 0xFFFFFFFF
            cpid = cp_at(d)
            plan = next((x for x in cp_ids if x[2] == cpid), None)
            if plan is None and cp_ids:  # the nearest plan
                plan = min(cp_ids, key=lambda x: min(abs(d - x[0]), abs(d - min(x[1], OPEN - 1))))
            if plan is not None:
                prev = last_by_plan.get(plan[2])
                due = add_months(plan[0], 3) if prev is None else add_months(prev, 6)
                last_by_plan[plan[2]] = d
            else:
                due = None
            self.write("ssd_cp_reviews", [
                self.new_id("ssd_cp_reviews"), pid, plan[2] if plan else None, day_dt(due), meeting_dt(d, h),
                self.new_id("cppr_meeting"), "Y" if plan and plan[1] > d else "N", pick(["Y", "Y", "Y", "N"], h >> 8),
                None])
        if cp_ids and (self.written["ssd_cp_reviews"] == 0 or hc % 29 == 0):
            # a review conference booked but not yet held: no date
            plan = cp_ids[-1]
            prev = last_by_plan.get(plan[2])
            due = add_months(plan[0], 3) if prev is None else add_months(prev, 6)
            self.write("ssd_cp_reviews", [self.new_id("ssd_cp_reviews"), pid, plan[2], day_dt(due), None,
                                          self.new_id("cppr_meeting"), None, None, None])
            self.added["ssd_cp_reviews: a review conference not yet held (no date; the mapping excludes it)"] += 1

        # looked-after reviews: ssd_cla_reviews, by period of care
        last_in_period, out = {}, []
        for p in clars:
            d, h = p >> 32, p & 0xFFFFFFFF
            per = period_at(d)
            if per is None and periods:
                per = min(periods, key=lambda x: (min(abs(d - x[1]), abs(d - min(x[2], OPEN - 1))), x[1]))
                self.notes["ssd_cla_reviews: a cla_review outside every period of care, given the child's "
                           "nearest period (the same child and date come back)"] += 1
            if per is None:
                self.drop("reviews: cla_review of a child with no cla episode (no period of care to link it to)")
                self.problem("a cla_review of a child never looked after (dropped)", pid)
                continue
            prev = last_in_period.get(per[0])
            if prev is None:
                due = add_working_days(per[1], 20)
            else:
                due = add_months(prev, 3 if prev <= add_working_days(per[1], 20) + 7 else 6)
            last_in_period[per[0]] = d
            age = (d - c.dob) / 365.25 if c.dob is not None else 10
            out.append((d, [per[0], day_dt(due), meeting_dt(d, h), "N",
                            "PN0" if age < 4 else pick(["PN1", "PN1", "PN1", "PN5", "PN6", "PN2"], h >> 8)]))
        if periods:
            # cancelled reviews (CLAR012A = Y), which the mapping must leave
            # out: one still dated, one not
            per = periods[0]
            dated = "ssd_cla_reviews: a cancelled review with a date (excluded by the mapping)"
            undated = "ssd_cla_reviews: a cancelled review with no date (excluded by the mapping)"
            if self.added[dated] == 0 or hc % 23 == 0:
                d = per[1] + 14 if per[2] >= per[1] + 14 else per[1]
                out.append((d, [per[0], day_dt(add_working_days(per[1], 20)), meeting_dt(d, hc), "Y", None]))
                self.added[dated] += 1
            elif self.added[undated] == 0 or hc % 23 == 1:
                out.append((OPEN, [per[0], day_dt(add_working_days(per[1], 20)), None, "Y", None]))
                self.added[undated] += 1
        out.sort(key=lambda r: r[0])  # stable: same-day rows keep their order
        for _, row in out:
            self.write("ssd_cla_reviews", [self.new_id("ssd_cla_reviews")] + row)

        # assessments: one row per assessment_start, with the first
        # assessment_authorised on or after it and before the next start
        starts = sorted(c.astart) if c.astart else []
        auths = sorted(c.aauth) if c.aauth else []
        start_days = [d for d, _ in starts]
        paired = [None] * len(starts)
        for d, outcome in auths:
            i = bisect.bisect_right(start_days, d) - 1
            if i < 0:
                self.drop("contacts: assessment_authorised with no assessment_start on or before it (a row "
                          "would need a blank start)")
                self.problem("an assessment_authorised with no assessment_start before it (dropped)", pid)
            elif paired[i] is not None:
                self.drop("contacts: a second assessment_authorised for the same assessment_start")
                self.problem("two assessment_authorised after one assessment_start (the later dropped)", pid)
            else:
                paired[i] = (d, outcome)
        for (d, _), auth in zip(starts, paired):
            ha = h32(pid, "asmt", str(d))
            if auth is None:
                self.write("ssd_cin_assessments", [
                    self.new_id("ssd_cin_assessments"), pid, referral_at(d), day_dt(d), None, SENTINEL_1900,
                    None, None, team_id, worker_id])
            else:
                yes = outcome_flags(auth[1], ASSESSMENT_OUTCOME)
                self.write("ssd_cin_assessments", [
                    self.new_id("ssd_cin_assessments"), pid, referral_at(d), day_dt(d),
                    pick(["Y", "Y", "Y", "Y", "N"], ha), day_dt(auth[0]),
                    flags_json(ASSESSMENT_FLAGS, yes, total=True), "Y" if auth[1] == "nfa" else "N",
                    team_id, worker_id])

        # care leavers: the latest personal adviser contact and pathway review
        cl_eps = [e for e in eps if e[2] == "care_leaver"]
        if c.pa is not None or c.pathway is not None or cl_eps:
            status = ""
            for e in cl_eps:
                for t, name in (("eligible", "Eligible"), ("relevant", "Relevant"),
                                ("former_relevant", "Former Relevant")):
                    if t in e[3]:
                        status = name
            hl = h32(pid, "clea")
            self.write("ssd_care_leavers", [
                self.new_id("ssd_care_leavers"), pid, status or None, "YES" if c.pa is not None else "NO",
                day_dt(c.pa), pick(["D", "E", "U", "B", "Z", "T"], hl), "1", pick(["F2", "F5", "G5", "P2", "F4"], hl >> 4),
                day_dt(c.pathway) if c.pathway is not None else SENTINEL_1900, None, team_id, worker_id])

    def emit_involvements(self, c, eff_open, team_id, worker_id, referral_at):
        """One open involvement (no end date) carrying the case's team and
        worker; for some cases an earlier, ended one with another worker."""
        if team_id is None and worker_id is None:
            return
        pid = c.id
        start = eff_open
        if start is None:
            known = [x >> 40 for x in (c.visits or [])] + [d for d, _ in (c.refs or [])]
            start = min(known) if known else c.dob
        hi = h32(pid, "invo")
        if start is not None and worker_id is not None and hi % 3 == 0 and len(self.worker_names) > 1 and (
                c.close is None or c.close - start >= 60):
            k = 14 + (hi >> 4) % 30
            others = self.worker_names
            j = (self.worker_ix[c.worker] + 1 + (hi >> 10) % (len(others) - 1)) % len(others)
            self.write("ssd_involvements", [
                self.new_id("ssd_involvements"), self.prof[others[j]], "ALLOCATED SOCIAL WORKER", team_id,
                day_dt(start), day_dt(start + k - 1), pick(["CHCHAN", "LEFTRL", "ORGRST", "MANAGE"], hi >> 16), pid,
                referral_at(start)])
            self.added["ssd_involvements: an earlier, ended involvement with another worker (excluded by the "
                       "mapping)"] += 1
            start += k
        self.write("ssd_involvements", [
            self.new_id("ssd_involvements"), worker_id, "ALLOCATED SOCIAL WORKER" if worker_id else None, team_id,
            day_dt(start), None, None, pid, referral_at(start) if start is not None else None])

    def report(self, out=sys.stderr):
        w = lambda s="": print(s, file=out)
        w("from_canonical: %s -> %s" % (self.in_dir, self.out_dir))
        w("rows written per table:")
        for t in SPEC:
            w("  %-28s %9d" % (t, self.written[t]))
        w("rows written that the canonical export does not hold:")
        for k, n in sorted(self.added.items()):
            w("  %9d  %s" % (n, k))
        if self.notes:
            w("notes:")
            for k, n in sorted(self.notes.items()):
                w("  %9d  %s" % (n, k))
        w("canonical rows (and tags) not written, per reason:")
        for k, n in sorted(self.dropped.items(), key=lambda kv: (-kv[1], kv[0])):
            if n:
                w("  %9d  %s" % (n, k))
        if self.problems:
            w("could not be expressed faithfully:")
            for k, ids in sorted(self.problems.items()):
                shown = ", ".join(ids[:8]) + (", ..." if len(ids) > 8 else "")
                w("  %9d  %s: %s" % (len(ids), k, shown))


def main(argv):
    if len(argv) != 3 or argv[1].startswith("-"):
        print("usage: python3 from_canonical.py IN_DIR OUT_DIR", file=sys.stderr)
        return 2
    conv = Converter(argv[1], argv[2])
    try:
        conv.convert()
    except Fatal as e:
        print("from_canonical: %s" % e, file=sys.stderr)
        return 2
    except csv.Error as e:
        print("from_canonical: malformed CSV: %s" % e, file=sys.stderr)
        return 2
    conv.report()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
