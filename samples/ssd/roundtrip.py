#!/usr/bin/env python3
"""Checks an SSD folder written by from_canonical.py against its canonical
source, without caseaudit: reads the SSD tables back the way
mappings/ssd.yaml says (its blank values, exclusions, lookups and codes, as
this script understands them), reads the canonical export the way the data
contract says, keeps of the canonical side only what the SSD can carry, and
compares the two record by record.

    python3 samples/ssd/roundtrip.py CANONICAL_DIR SSD_DIR

Prints every difference (the ones from_canonical.py reports as not
expressible are expected) and exits 1 if there is any. An independent
reading of the mapping, for the samples; it loads everything into memory.
"""
import csv
import os
import sys
from collections import Counter, defaultdict

sys.dont_write_bytecode = True  # no __pycache__ in the samples folder
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import from_canonical as fc  # noqa: E402  (the date parser only)

BLANK = {"NULL", "1900-01-01", "1900-01-01 00:00:00", "1900-01-01 00:00:00.000"}
PLACEMENT_TAG = {"P1": "placed_with_parents", "U1": "long_term_match", "U4": "long_term_match"}
PROVIDER_TAG = {"PR2": "external", "PR3": "external", "PR4": "external", "PR5": "external"}
KNOWN_TYPES = {"A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0",
               "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"}
KNOWN_PROVIDERS = {"PR0", "PR1", "PR2", "PR3", "PR4", "PR5"}


def rows(path):
    if not os.path.exists(path):
        return
    with open(path, newline="", encoding="utf-8-sig") as f:
        r = csv.reader(f)
        header = [h.strip().lower() for h in next(r)]
        for row in r:
            if not row:
                continue
            row = row + [""] * (len(header) - len(row))
            yield {h: v.strip() for h, v in zip(header, row)}


def day(v):
    """A date cell's day (ISO), None for blank; raises on a bad date."""
    if v is None or v == "" or v in BLANK:
        return None
    o = fc.parse_date(v)
    if o == fc.BAD:
        raise ValueError("bad date %r" % v)
    return fc.iso(o)


def blank(v):
    return v == "" or v in BLANK


def yn(v):
    v = "" if blank(v) else v
    return {"": "", "y": "Y", "yes": "Y", "true": "Y", "1": "Y", "n": "N", "no": "N", "false": "N", "0": "N"}[v.lower()]


def read_ssd(d):
    p = lambda t: os.path.join(d, t + ".csv")
    cases, episodes, visits, reviews, contacts = {}, Counter(), Counter(), Counter(), Counter()
    opened, closed, any_open = {}, {}, set()
    for r in rows(p("ssd_cin_episodes")):
        pid, rd, cd = r["cine_person_id"], day(r["cine_referral_date"]), day(r["cine_close_date"])
        contacts[(pid, "referral", rd)] += 1
        opened[pid] = min(opened.get(pid, rd), rd)
        if cd is None:
            any_open.add(pid)
        else:
            closed[pid] = max(closed.get(pid, cd), cd)
    invo = defaultdict(list)
    for r in rows(p("ssd_involvements")):
        if not blank(r["invo_involvement_end_date"]):
            continue
        invo[r["invo_person_id"]].append((day(r["invo_involvement_start_date"]) or "", r))
    prof = {r["prof_professional_id"]: r["prof_professional_name"] for r in rows(p("ssd_professionals"))}
    dept = {r["dept_team_id"]: r["dept_team_name"] for r in rows(p("ssd_department"))}
    for r in rows(p("ssd_person")):
        pid = r["pers_person_id"]
        team = worker = ""
        if invo.get(pid):
            latest = max(invo[pid], key=lambda x: x[0])[1]
            t, w = latest["invo_professional_team"], latest["invo_professional_id"]
            team = "" if blank(t) else dept.get(t, t)
            worker = "" if blank(w) else prof.get(w, w)
        close = None if pid in any_open or pid not in closed else closed[pid]
        cases[pid] = [day(r["pers_dob"]), opened.get(pid), close, team, worker]
    for t, pre, et in (("ssd_early_help_episodes", "earl", "early_help"), ("ssd_cin_plans", "cinp", "cin"),
                       ("ssd_cp_plans", "cppl", "cp")):
        for r in rows(p(t)):
            if t == "ssd_early_help_episodes":
                s, e = r["earl_episode_start_date"], r["earl_episode_end_date"]
            else:
                s, e = r["%s_%s_plan_start_date" % (pre, et)], r["%s_%s_plan_end_date" % (pre, et)]
            episodes[(r[pre + "_person_id"], et, day(s), day(e), "")] += 1
    for r in rows(p("ssd_cla_placement")):
        ty, pr = r["clap_cla_placement_type"], r["clap_cla_placement_provider"]
        assert ty in KNOWN_TYPES and pr in KNOWN_PROVIDERS, (ty, pr)
        tags = sorted(t for t in (PLACEMENT_TAG.get(ty), PROVIDER_TAG.get(pr)) if t)
        episodes[(r["clap_person_id"], "cla", day(r["clap_cla_placement_start_date"]),
                  day(r["clap_cla_placement_end_date"]), ";".join(tags))] += 1
    cla_child = {}
    for r in rows(p("ssd_cla_episodes")):
        k, v = r["clae_cla_id"], r["clae_person_id"]
        assert cla_child.setdefault(k, v) == v, "clae_cla_id %s names two children" % k
    for t, pre in (("ssd_cin_visits", "cinv_cin_visit"), ("ssd_cp_visits", "cppv_cp_visit"),
                   ("ssd_cla_visits", "clav_cla_visit")):
        for r in rows(p(t)):
            if blank(r[pre + "_date"]):
                continue
            visits[(r[pre.split("_")[0] + "_person_id"], day(r[pre + "_date"]), yn(r[pre + "_seen"]),
                    yn(r[pre + "_seen_alone"]))] += 1
    for r in rows(p("ssd_initial_cp_conference")):
        if not blank(r["icpc_icpc_date"]):
            reviews[(r["icpc_person_id"], "icpc", day(r["icpc_icpc_date"]))] += 1
    for r in rows(p("ssd_cp_reviews")):
        if not blank(r["cppr_cp_review_date"]):
            reviews[(r["cppr_person_id"], "rcpc", day(r["cppr_cp_review_date"]))] += 1
    for r in rows(p("ssd_cla_reviews")):
        flag = r["clar_cla_review_cancelled"]
        assert flag in ("Y", "N"), "clar_cla_review_cancelled %r" % flag
        if flag == "Y" or blank(r["clar_cla_review_date"]):
            continue
        reviews[(cla_child[r["clar_cla_id"]], "cla_review", day(r["clar_cla_review_date"]))] += 1
    for r in rows(p("ssd_care_leavers")):
        if not blank(r["clea_pathway_plan_review_date"]):
            reviews[(r["clea_person_id"], "pathway_review", day(r["clea_pathway_plan_review_date"]))] += 1
        if not blank(r["clea_care_leaver_latest_contact"]):
            contacts[(r["clea_person_id"], "pa_contact", day(r["clea_care_leaver_latest_contact"]))] += 1
    for r in rows(p("ssd_cin_assessments")):
        contacts[(r["cina_person_id"], "assessment_start", day(r["cina_assessment_start_date"]))] += 1
        if not blank(r["cina_assessment_auth_date"]):
            contacts[(r["cina_person_id"], "assessment_authorised", day(r["cina_assessment_auth_date"]))] += 1
    for r in rows(p("ssd_s47_enquiry")):
        contacts[(r["s47e_person_id"], "s47_start", day(r["s47e_s47_start_date"]))] += 1
    # the case's effective open date: open_date, else the earliest episode
    starts = defaultdict(list)
    for (pid, _, s, _, _) in episodes:
        starts[pid].append(s)
    for pid, c in cases.items():
        if c[1] is None and starts.get(pid):
            c[1] = min(starts[pid])
    return cases, episodes, visits, reviews, contacts


def read_canonical(d):
    p = lambda t: os.path.join(d, t + ".csv")
    cases, episodes, visits, reviews, contacts = {}, Counter(), Counter(), Counter(), Counter()
    starts = defaultdict(list)
    for r in rows(p("cases")):
        cases[r["case_id"]] = [day(r.get("dob")), day(r.get("open_date")), day(r.get("close_date")),
                               r.get("team", ""), r.get("worker", "")]
    for r in rows(p("episodes")):
        et = r["episode_type"].lower()
        s, e = day(r["start_date"]), day(r.get("end_date"))
        starts[r["case_id"]].append(s)
        if et not in fc.CARRIED_EPISODES:
            continue
        tags = sorted({t.strip() for t in r.get("tags", "").split(";")} & fc.CLA_TAGS) if et == "cla" else []
        if "placed_with_parents" in tags and "long_term_match" in tags:
            tags.remove("long_term_match")
        episodes[(r["case_id"], et, s, e, ";".join(tags))] += 1
    for pid, c in cases.items():
        if c[1] is None and starts.get(pid):
            c[1] = min(starts[pid])
    for r in rows(p("visits")):
        if r.get("visit_type", "").lower() in ("pa", "other"):
            continue
        visits[(r["case_id"], day(r["visit_date"]), yn(r.get("seen", "")), yn(r.get("seen_alone", "")))] += 1
    latest = {}
    for r in rows(p("reviews")):
        rt = r["review_type"].lower()
        if rt in ("icpc", "rcpc", "cla_review"):
            reviews[(r["case_id"], rt, day(r["review_date"]))] += 1
        elif rt == "pathway_review":
            k = (r["case_id"], rt)
            latest[k] = max(latest.get(k, ""), day(r["review_date"]))
    for r in rows(p("contacts")):
        ct = r["contact_type"].lower()
        if ct in ("referral", "assessment_start", "assessment_authorised", "s47_start"):
            contacts[(r["case_id"], ct, day(r["contact_date"]))] += 1
        elif ct == "pa_contact":
            k = (r["case_id"], ct)
            latest[k] = max(latest.get(k, ""), day(r["contact_date"]))
    for (pid, t), d in latest.items():
        (reviews if t == "pathway_review" else contacts)[(pid, t, d)] += 1
    return cases, episodes, visits, reviews, contacts


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    want, got = read_canonical(argv[1]), read_ssd(argv[2])
    bad = 0
    names = ["cases", "episodes", "visits", "reviews", "contacts"]
    wc, gc = want[0], got[0]
    for pid in sorted(set(wc) | set(gc)):
        if wc.get(pid) != gc.get(pid):
            bad += 1
            print("cases %s: canonical %s, SSD %s" % (pid, wc.get(pid), gc.get(pid)))
    for name, w, g in zip(names[1:], want[1:], got[1:]):
        for k in sorted(set(w) | set(g), key=lambda k: tuple(x or "" for x in k)):
            if w[k] != g[k]:
                bad += 1
                print("%s %s: canonical %d, SSD %d" % (name, k, w[k], g[k]))
        print("%s: %d canonical, %d SSD" % (name, sum(w.values()), sum(g.values())), file=sys.stderr)
    print("%d difference(s)" % bad, file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
