"""Wakefield Council sample children (WAK...), for standards/wakefield.yaml
(Children's Social Care Practice Standards 2017-2018). Teams as the
document names Wakefield's services; workers are fictional. Each child's
story says what it exercises; the breaches they give at 2026-11-23 are in
tests/standards/wakefield.samples.txt.
"""

RA = "Referral and Assessment Team"
CIN = "Children in Need Team 2"
CP = "Child Protection Team 1"
LAC = "Looked After Children Team"
FP = "Fostering and Connected Persons Team"
LC = "Leaving Care Team"
PF = "Private Fostering Team"


def build(ctx):
    D, AS_OF, days = ctx.D, ctx.AS_OF, ctx.days
    wd = ctx.add_wd
    kids = []

    def child(cid, dob, team, worker, story):
        c = ctx.Child(cid, dob, team, worker, story, int(cid[-4:]))
        kids.append(c)
        return c

    def series(first, stop, step):
        out, d = [], first
        while d <= stop:
            out.append(d)
            d = step(d)
        return out

    def chron(c, start, stop=None, every=105, skip_after=None):
        for d in series(start + days(every - 5), stop or AS_OF, lambda x: x + days(every)):
            if skip_after and d > skip_after:
                break
            c.contact("chronology_update", d)

    def visits(c, dates, **kw):
        for d in dates:
            c.visit(d, lag=kw.pop("lag", 1) if False else 1, **kw)

    def lac_review(c, d, plan_changed=None, bad=()):
        if "iro_child" not in bad:
            c.contact("iro_child_consultation", d - days(1))
        c.contact("iro_social_worker_consultation", wd(d, -12 if "iro_sw" in bad else -16))
        c.contact("cla_review_report_shared", wd(d, -1 if "report" in bad else -4))
        c.contact("review_consultation_sent", wd(d, -8 if "consult" in bad else -11))
        if "pep" not in bad:
            c.contact("pep", d - days(3))
        f = dict(minutes_date=wd(d, 18 if "minutes" in bad else 12))
        if plan_changed:
            f["plan_changed"] = plan_changed
        c.review("cla_review", d, lag=9 if "decisions" in bad else 2, **f)
        if "distributed" not in bad:
            c.contact("cla_review_record_shared", wd(d, 16))
        if plan_changed == "Y":
            c.contact("care_plan", wd(d, 13 if "care_plan" in bad else 8))

    def placement(c, start, end=None, tags="", bad=()):
        c.ep("cla", start, end, tags)
        if "planning" not in bad:
            c.review("placement_planning", wd(start, 5 if "planning_late" in bad else 1))
        c.contact("placement_plan", start + days(5 if "plan_late" in bad else 1))

    def start_care(c, start, bad=()):
        c.contact("care_plan", wd(start, 12 if "care_plan" in bad else 6))
        c.contact("health_assessment_request", wd(start, 4 if "iha_request" in bad else 1))
        if "iha" not in bad:
            c.contact("health_assessment", wd(start, 16))
        if "pep_first" not in bad:
            c.contact("pep", wd(start, 22 if "pep_late" in bad else 15))
        c.review("permanence_planning", ctx.add_months(start, 4) + days(6 if "permanence" in bad else -10))

    def lac_visits(c, start, review1, stop, every, location="placement", late=(), **kw):
        d = start + days(2)
        out = [d]
        while d <= review1:
            d = d + days(7)
            out.append(d)
        while True:
            d = d + days(every - 2)
            for a, b in late:
                if a <= d < b:
                    d = b
            if d > stop:
                break
            out.append(d)
        for x in out:
            c.visit(x, location=location, lag=1, **kw)
        return out

    # --- assessment -------------------------------------------------------

    c = child("WAK100101", D(2017, 3, 9), RA, "Hannah Sowerby",
              "Referral 2 March 2026 accepted for a single assessment: seen alone on day 3, assessment with the "
              "team manager on day 38 and authorised the next day; child in need plan since 5 May 2026, "
              "chronology kept up. Every timescale met.")
    c.ep("cin", D(2026, 3, 2))
    c.contact("referral", D(2026, 3, 2), outcome="assessment")
    c.contact("assessment_start", D(2026, 3, 3))
    c.visit(D(2026, 3, 6), alone="Y", location="school", lag=1)
    c.contact("assessment_submitted", wd(D(2026, 3, 2), 38))
    c.contact("assessment_authorised", wd(D(2026, 3, 2), 39))
    for d in series(D(2026, 5, 11), AS_OF, lambda x: x + days(30)):
        c.visit(d, lag=2)
    c.contact("management_oversight", D(2026, 5, 5), lag=0)
    chron(c, D(2026, 3, 2))

    c = child("WAK100102", D(2013, 11, 21), RA, "Imran Qureshi",
              "Referral 1 June 2026: the child was seen alone only on day 7 of the assessment, the assessment "
              "reached the team manager on day 42 and was authorised on day 45 (in time for the 45 days, not "
              "within 24 hours of being presented). A management decision was written up three working days "
              "on, a home visit four days after. Case closed 30 September 2026 after a file audit but with no "
              "closure summary.")
    c.open, c.close = D(2026, 6, 1), D(2026, 9, 30)
    c.ep("cin", D(2026, 6, 1), D(2026, 9, 30))
    c.contact("referral", D(2026, 6, 1), outcome="assessment")
    c.contact("assessment_start", D(2026, 6, 2))
    c.visit(wd(D(2026, 6, 2), 7), alone="Y", lag=1)
    c.contact("assessment_submitted", wd(D(2026, 6, 1), 42))
    c.contact("assessment_authorised", wd(D(2026, 6, 1), 45))
    c.contact("management_oversight", D(2026, 8, 10), lag=3)
    c.visit(D(2026, 8, 13), lag=4)
    c.contact("case_file_audit", D(2026, 9, 25))

    # --- section 47 and child protection --------------------------------

    def cp_block(c, icpc, end, bad=()):
        """CP plan from the ICPC to `end`: outline plan, minutes, core groups with their plan updates,
        review conferences, visits seen alone at home every 9 working days."""
        c.ep("cp", icpc, end)
        c.contact("conference_report_shared", icpc - days(1 if "report" in bad else 3))
        c.review("icpc", icpc, lag=0, minutes_date=wd(icpc, 18 if "icpc_minutes" in bad else 10))
        c.contact("cp_plan_shared", wd(icpc, 3 if "outline" in bad else 1))
        cg = wd(icpc, 12 if "core_first" in bad else 8)
        n = 0
        while cg <= end:
            c.review("core_group", cg, lag=1)
            late = "cg_plan" in bad and n == 2
            c.contact("cp_plan", wd(cg, 3 if late else 1))
            c.contact("cp_plan_shared", wd(cg, 6 if late else 3))
            if not late:
                c.contact("cp_plan_quality_assured", wd(cg, 7))
            cg = cg + days(27)
            n += 1
        r1 = ctx.add_months(icpc, 3) + days(4 if "rcpc" in bad else -5)
        c.review("rcpc", r1, lag=2, minutes_date=wd(r1, 10))
        r2 = ctx.add_months(r1, 6) - days(5)
        if r2 <= end:
            c.review("rcpc", r2, lag=2, minutes_date=wd(r2, 10))
        return r1, r2

    def cp_visits(c, first, end, gap_at=None, not_seen_at=None, followup_days=1, slow_record_at=None):
        d = first
        while d <= end:
            if not_seen_at and d >= not_seen_at:
                c.visit(d, seen="N", lag=0, location="home")
                d = d + days(followup_days)
                not_seen_at = None
            lag = 3 if (slow_record_at and d >= slow_record_at) else 0
            if lag:
                slow_record_at = None
            c.visit(d, alone="Y", lag=lag, location="home")
            step = 13 if (gap_at and d >= gap_at) else 9
            if step == 13:
                gap_at = None
            d = wd(d, step)

    c = child("WAK100103", D(2015, 1, 28), CP, "Laura Haigh",
              "Referral 6 October 2025 with a safeguarding concern: strategy discussion the next day (decisions "
              "recorded that day, minutes in four working days), child seen alone the same day, ICPC in 13 "
              "working days with the report shared three days before; CP plan kept to time (outline plan next "
              "working day, core groups every four weeks with the plan updated, circulated and quality assured, "
              "visits alone at home every 9 working days, one missed visit followed up the next day); stepped "
              "down to a CIN plan at the second review conference, reviewed six-weekly since.")
    ref = D(2025, 10, 6)
    c.ep("cin", ref, D(2025, 10, 27))
    c.contact("referral", ref, outcome="strategy")
    c.contact("strategy_decision", ref)
    c.review("strategy", D(2025, 10, 7), lag=0, outcome="s47", minutes_date=wd(D(2025, 10, 7), 4))
    c.visit(D(2025, 10, 7), alone="Y", lag=0, location="home")
    c.contact("s47_start", D(2025, 10, 7), outcome="icpc_required")
    c.contact("assessment_start", D(2025, 10, 7), assessment_route="s47")
    c.contact("assessment_submitted", wd(ref, 33))
    c.contact("assessment_authorised", wd(ref, 34))
    icpc = wd(D(2025, 10, 7), 13)
    r1, r2 = cp_block(c, icpc, D(2026, 7, 20))
    cp_visits(c, wd(icpc, 5), D(2026, 7, 20), not_seen_at=D(2026, 3, 2), followup_days=1)
    step = D(2026, 7, 21)
    c.ep("cin", step, None, "cp_step_down")
    for d in series(step + days(40), AS_OF, lambda x: x + days(40)):
        c.review("cin_review", d, lag=3)
    for d in series(step + days(20), AS_OF, lambda x: x + days(25)):
        c.visit(d, lag=1)
    chron(c, ref)

    c = child("WAK100104", D(2018, 6, 3), CP, "Martin Coldwell",
              "Referral 12 January 2026 (police concern): strategy discussion two days after the decision, "
              "decisions typed up the next day and minutes in seven working days, child seen alone three days "
              "after the discussion; ICPC on working day 17 with the report shared the day before; outline plan "
              "three working days after; first core group on day 12; the third core group's plan updated and "
              "circulated late and not quality assured until after the next core group; first review conference two days late; one visit gap "
              "of 13 working days, a not-seen visit followed up only after four days (so also more than 10 "
              "working days without the child seen alone), one CP visit written up "
              "three days after; assessment authorised on day 47. Stepped down to CIN in October 2026, first CIN "
              "review missed.")
    ref = D(2026, 1, 12)
    c.ep("cin", ref, D(2026, 2, 9))
    c.contact("referral", ref, outcome="strategy")
    c.contact("strategy_decision", ref)
    c.review("strategy", D(2026, 1, 14), lag=1, outcome="s47", minutes_date=wd(D(2026, 1, 14), 7))
    c.visit(D(2026, 1, 14), alone="N", lag=0, location="home")
    c.visit(D(2026, 1, 17), alone="Y", lag=0, location="home")
    c.contact("s47_start", D(2026, 1, 14), outcome="icpc_required")
    c.contact("assessment_start", D(2026, 1, 14), assessment_route="s47")
    c.contact("assessment_submitted", wd(ref, 46))
    c.contact("assessment_authorised", wd(ref, 47))
    icpc = wd(D(2026, 1, 14), 17)
    r1, r2 = cp_block(c, icpc, D(2026, 10, 5),
                      bad=("report", "icpc_minutes", "outline", "core_first", "cg_plan", "rcpc"))
    cp_visits(c, wd(icpc, 5), D(2026, 10, 5), gap_at=D(2026, 4, 20), not_seen_at=D(2026, 6, 15),
              followup_days=4, slow_record_at=D(2026, 8, 3))
    c.ep("cin", D(2026, 10, 6), None, "cp_step_down")
    c.visit(D(2026, 10, 20), lag=1)
    chron(c, ref)

    # --- looked after ------------------------------------------------------

    c = child("WAK100105", D(2018, 4, 10), LAC, "Sophie Brearley",
              "Emergency foster placement 2 March 2026 after a night-time police protection: placement planning "
              "meeting and placement plan the next day, care plan, health request, initial health assessment and "
              "PEP in time, initial review on working day 18 (plan changed, updated in 8 working days), IRO and "
              "review papers in time, permanence planning meeting in month four, visits within 72 hours, weekly "
              "to the review, then six-weekly. Every timescale met.")
    s = D(2026, 3, 2)
    placement(c, s)
    start_care(c, s)
    rv1 = wd(s, 18)
    lac_review(c, rv1, plan_changed="Y")
    lac_review(c, ctx.add_months(rv1, 3) - days(7), plan_changed="N")
    lac_review(c, ctx.add_months(rv1, 7) - days(7))
    lac_visits(c, s, rv1, AS_OF, 42)
    chron(c, s)

    c = child("WAK100106", D(2016, 1, 20), LAC, "Gareth Ingleby",
              "Child in need since November 2025, accommodated in a planned foster placement on 4 May 2026: the "
              "placement planning meeting was held three days after the move, placement plan after five days, "
              "care plan on working day 12, health request on day 4 and no initial health assessment yet, PEP on "
              "day 22, first visit after four days, initial review on working day 22 with late papers (the PEP only on its day), no IRO "
              "conversation with the child, decisions and full record written up late, the record distributed "
              "only in September, the changed "
              "care plan updated in 13 working days, no PEP before the second review, permanence meeting late.")
    c.ep("cin", D(2025, 11, 3), D(2026, 5, 3))
    s = D(2026, 5, 4)
    c.ep("cla", s, None, "planned")
    c.review("placement_planning", s + days(3))
    c.contact("placement_plan", s + days(5))
    start_care(c, s, bad=("care_plan", "iha_request", "iha", "pep_late", "permanence"))
    rv1 = wd(s, 22)
    lac_review(c, rv1, plan_changed="Y",
               bad=("iro_child", "iro_sw", "report", "consult", "decisions", "minutes", "distributed", "care_plan",
                    "pep"))
    lac_review(c, ctx.add_months(rv1, 3), bad=("pep",))
    vs = [s + days(4)] + series(s + days(11), rv1 + days(7), lambda x: x + days(7))
    vs += series(vs[-1] + days(40), AS_OF, lambda x: x + days(40))
    for d in vs:
        c.visit(d, location="placement", lag=1)
    chron(c, D(2025, 11, 3))

    c = child("WAK100107", D(2014, 8, 15), LAC, "Sophie Brearley",
              "In care since June 2023; planned move to a matched long-term foster placement on 6 January 2025 "
              "(placement planning meeting in the old placement before the move). Visits six-weekly, three-monthly "
              "once the placement had lasted a year; the July 2026 visit came a week late. The 2025 review health "
              "assessment was a week late.")
    s0 = D(2023, 6, 5)
    placement(c, s0, D(2025, 1, 5))
    start_care(c, s0)
    rv1 = wd(s0, 18)
    reviews = [rv1] + series(ctx.add_months(rv1, 3), AS_OF, lambda x: ctx.add_months(x, 6) - days(10))
    for r in reviews:
        lac_review(c, r)
    lac_visits(c, s0, rv1, D(2024, 12, 31), 42)
    c.review("placement_planning", D(2024, 12, 20))
    s1 = D(2025, 1, 6)
    c.ep("cla", s1, None, "planned;long_term_match")
    c.contact("placement_plan", s1)
    for d in [D(2024, 6, 20), D(2025, 6, 27), D(2026, 6, 15)]:
        c.contact("health_assessment", d)
    vs = [s1 + days(2)] + series(s1 + days(42), D(2026, 1, 6), lambda x: x + days(40))
    vs += [D(2026, 1, 20), D(2026, 4, 17), D(2026, 7, 24), D(2026, 10, 20)]
    for d in vs:
        c.visit(d, location="placement", lag=1)
    chron(c, s0)

    c = child("WAK100108", D(2011, 1, 20), LAC, "Gareth Ingleby",
              "External residential placement since 1 September 2025: everything on time except one four-weekly "
              "visit a week late in May 2026, and no personal adviser allocated by 15 and a half "
              "(20 July 2026).")
    s = D(2025, 9, 1)
    placement(c, s, tags="external")
    start_care(c, s)
    rv1 = wd(s, 18)
    for r in [rv1] + series(ctx.add_months(rv1, 3), AS_OF, lambda x: ctx.add_months(x, 6) - days(10)):
        lac_review(c, r)
    lac_visits(c, s, rv1, AS_OF, 28, late=((D(2026, 4, 20), D(2026, 5, 5)),))
    c.contact("health_assessment", D(2026, 9, 1))
    chron(c, s)

    c = child("WAK100109", D(2010, 9, 30), LAC, "Sophie Brearley",
              "Matched long-term external placement since 4 March 2024: four-weekly visits in the first year, "
              "three-monthly since; personal adviser allocated in March 2026, ahead of 15 and a half. Every "
              "timescale met.")
    s = D(2024, 3, 4)
    placement(c, s, tags="external;long_term_match")
    start_care(c, s)
    rv1 = wd(s, 18)
    for r in [rv1] + series(ctx.add_months(rv1, 3), AS_OF, lambda x: ctx.add_months(x, 6) - days(10)):
        lac_review(c, r)
    vs = lac_visits(c, s, rv1, D(2025, 3, 4), 28)
    c.visit(vs[-1] + days(26), location="placement", lag=1)
    vs2 = series(ctx.add_months(vs[-1] + days(26), 3) - days(5), AS_OF, lambda x: ctx.add_months(x, 3) - days(5))
    for d in vs2:
        c.visit(d, location="placement", lag=1)
    for d in [D(2025, 3, 1), D(2026, 2, 20)]:
        c.contact("health_assessment", d)
    c.contact("pa_allocated", D(2026, 3, 10))
    chron(c, s)

    c = child("WAK100110", D(2020, 5, 18), FP, "Rachel Firth",
              "Placed with her aunt as a Regulation 24 connected-person carer on 2 February 2026 (child in need "
              "before): the Regulation 24 assessment was done the week before the move, ratified by the ADM in "
              "8 working days, the aunt approved as a foster carer on 15 May 2026; visits weekly to the first "
              "review, four-weekly to the approval, six-weekly since; one visit where she was out was followed "
              "up the next day. Every timescale met.")
    c.ep("cin", D(2026, 1, 5), D(2026, 2, 1))
    s = D(2026, 2, 2)
    c.contact("reg24_assessment", D(2026, 1, 29))
    c.contact("adm_decision", wd(D(2026, 1, 29), 8))
    placement(c, s, tags="reg24")
    start_care(c, s)
    rv1 = wd(s, 18)
    lac_review(c, rv1)
    lac_review(c, ctx.add_months(rv1, 3) - days(7))
    lac_review(c, ctx.add_months(rv1, 8))
    c.contact("carer_approved", D(2026, 5, 15))
    vs = [s + days(2)] + series(s + days(9), rv1 + days(7), lambda x: x + days(7))
    vs += series(vs[-1] + days(26), D(2026, 5, 20), lambda x: x + days(26))
    vs += series(vs[-1] + days(26), AS_OF, lambda x: x + days(40))
    for d in vs:
        c.visit(d, location="placement", lag=1)
    c.visit(D(2026, 7, 7), seen="N", location="placement", lag=0)
    c.visit(D(2026, 7, 8), location="placement", lag=0)
    chron(c, D(2026, 1, 5))

    c = child("WAK100111", D(2019, 2, 11), FP, "Rachel Firth",
              "Emergency out-of-hours placement with grandparents (Regulation 24) on 4 May 2026: placement "
              "planning meeting on working day 5, Regulation 24 assessment on working day 13, ADM decision 12 "
              "working days after it, no approval or panel extension by the 16 weeks (24 August); one "
              "four-weekly visit late in July, and a visit where the child was not seen followed up after three "
              "days.")
    s = D(2026, 5, 4)
    placement(c, s, tags="reg24", bad=("planning_late",))
    start_care(c, s)
    c.contact("reg24_assessment", wd(s, 13))
    c.contact("adm_decision", wd(wd(s, 13), 12))
    rv1 = wd(s, 18)
    lac_review(c, rv1)
    lac_review(c, ctx.add_months(rv1, 3) - days(7))
    vs = [s + days(2)] + series(s + days(9), rv1 + days(7), lambda x: x + days(7))
    vs += [vs[-1] + days(26), vs[-1] + days(26 + 33)]
    vs += series(vs[-1] + days(26), AS_OF, lambda x: x + days(26))
    for d in vs:
        c.visit(d, location="placement", lag=1)
    c.visit(D(2026, 9, 14), seen="N", location="placement", lag=0)
    c.visit(D(2026, 9, 17), location="placement", lag=0)
    chron(c, s)

    c = child("WAK100112", D(2021, 7, 7), CIN, "Owen Lockwood",
              "Placed with his mother under an interim care order from 3 November 2025: seen at home and alone "
              "weekly to the first review, four-weekly to the final hearing on 10 June 2026 (care order), visited "
              "five days after the order, six-weekly since. Every timescale met.")
    s = D(2025, 11, 3)
    placement(c, s, tags="placed_with_parents")
    start_care(c, s)
    rv1 = wd(s, 18)
    lac_review(c, rv1)
    for r in series(ctx.add_months(rv1, 3) - days(7), AS_OF, lambda x: ctx.add_months(x, 6) - days(7)):
        lac_review(c, r)
    c.contact("final_hearing", D(2026, 6, 10))
    vs = [s + days(2)] + series(s + days(9), rv1 + days(7), lambda x: x + days(7))
    vs += series(vs[-1] + days(26), D(2026, 6, 9), lambda x: x + days(26))
    vs += series(D(2026, 6, 15), AS_OF, lambda x: x + days(40))
    for d in vs:
        c.visit(d, location="home", alone="Y", lag=1)
    chron(c, s)

    c = child("WAK100113", D(2022, 2, 25), CIN, "Owen Lockwood",
              "Placed with parents under an interim care order from 2 February 2026: one four-weekly visit a "
              "week late in May; care order made at the final hearing on 16 September 2026, first visit after "
              "it nine days later.")
    s = D(2026, 2, 2)
    placement(c, s, tags="placed_with_parents")
    start_care(c, s)
    rv1 = wd(s, 18)
    lac_review(c, rv1)
    lac_review(c, ctx.add_months(rv1, 3) - days(7))
    lac_review(c, ctx.add_months(rv1, 8))
    c.contact("final_hearing", D(2026, 9, 16))
    vs = [s + days(2)] + series(s + days(9), rv1 + days(7), lambda x: x + days(7))
    vs += series(vs[-1] + days(26), D(2026, 4, 30), lambda x: x + days(26))
    vs += series(vs[-1] + days(35), D(2026, 9, 15), lambda x: x + days(26))
    vs += series(D(2026, 9, 25), AS_OF, lambda x: x + days(40))
    for d in vs:
        c.visit(d, location="home", alone="Y", lag=1)
    chron(c, s)

    # --- private fostering -------------------------------------------------

    c = child("WAK100114", D(2011, 4, 4), PF, "Nadia Hussain",
              "Privately fostered with a family friend, notified 12 May 2025: visited in 5 working days, "
              "six-weekly in the first year, twelve-weekly since; a visit where she was out was followed up the "
              "next day. Every timescale met.")
    s = D(2025, 5, 12)
    c.ep("private_fostering", s)
    vs = [wd(s, 5)] + series(wd(s, 5) + days(40), D(2026, 5, 12), lambda x: x + days(40))
    vs.append(vs[-1] + days(40))
    vs += series(vs[-1] + days(80), AS_OF, lambda x: x + days(80))
    for d in vs:
        c.visit(d, location="home", lag=1)
    c.visit(D(2025, 9, 1), seen="N", location="home", lag=0)
    c.visit(D(2025, 9, 2), location="home", lag=0)
    chron(c, s)

    c = child("WAK100115", D(2012, 10, 19), PF, "Nadia Hussain",
              "Privately fostered by an uncle's partner, notified 13 April 2026: first visit on working day 9, "
              "one six-weekly visit missed in the summer (visited after eight weeks), a not-seen visit followed "
              "up after three days.")
    s = D(2026, 4, 13)
    c.ep("private_fostering", s)
    vs = [wd(s, 9)] + series(wd(s, 9) + days(40), D(2026, 6, 30), lambda x: x + days(40))
    vs += series(vs[-1] + days(56), AS_OF, lambda x: x + days(40))
    for d in vs:
        c.visit(d, location="home", lag=1)
    c.visit(D(2026, 10, 5), seen="N", location="home", lag=0)
    c.visit(D(2026, 10, 8), location="home", lag=0)
    chron(c, s)

    # --- older looked-after young people and care leavers -----------------

    c = child("WAK100116", D(2009, 1, 26), LAC, "Gareth Ingleby",
              "In foster care since April 2024, matched long-term: personal adviser allocated before 15 and a "
              "half, needs assessment and pathway plan before 16 and a quarter (shared in 6 working days), "
              "reviewed at the LAC reviews, final pathway plan with the IRO in September 2026; visits six-weekly, "
              "then three-monthly once the placement had lasted a year. Every timescale met.")
    s = D(2024, 4, 8)
    placement(c, s, tags="long_term_match")
    start_care(c, s)
    rv1 = wd(s, 18)
    for r in [rv1] + series(ctx.add_months(rv1, 3), AS_OF, lambda x: ctx.add_months(x, 5)):
        lac_review(c, r)
    vs = lac_visits(c, s, rv1, D(2025, 4, 8), 42)
    c.visit(vs[-1] + days(40), location="placement", lag=1)
    for d in series(ctx.add_months(vs[-1] + days(40), 3) - days(5), AS_OF, lambda x: ctx.add_months(x, 3) - days(5)):
        c.visit(d, location="placement", lag=1)
    for d in [D(2025, 4, 20), D(2026, 4, 10)]:
        c.contact("health_assessment", d)
    c.contact("pa_allocated", D(2024, 7, 1))
    c.contact("needs_assessment", D(2025, 3, 20))
    c.contact("pathway_plan_shared", wd(D(2025, 3, 20), 6))
    c.contact("pathway_plan", D(2025, 4, 10))
    c.contact("pathway_plan_shared", wd(D(2025, 4, 10), 6))
    c.contact("final_pathway_plan", D(2026, 9, 30))
    chron(c, s)

    c = child("WAK100117", D(2009, 1, 10), LAC, "Sophie Brearley",
              "Came into care at 16 (3 February 2025), external residential placement, matched long-term: no "
              "needs assessment by 16 and a quarter (done in May 2025, shared on working day 13), no final "
              "pathway plan with the IRO by 17 and three-quarters (10 October 2026); one three-monthly visit "
              "late in 2026.")
    s = D(2025, 2, 3)
    placement(c, s, tags="external;long_term_match")
    start_care(c, s)
    rv1 = wd(s, 18)
    for r in [rv1] + series(ctx.add_months(rv1, 3), AS_OF, lambda x: ctx.add_months(x, 5)):
        lac_review(c, r)
    vs = lac_visits(c, s, rv1, D(2026, 2, 3), 28)
    c.visit(vs[-1] + days(26), location="placement", lag=1)
    for d in [ctx.add_months(vs[-1] + days(26), 3) + days(8)]:
        c.visit(d, location="placement", lag=1)
    for d in series(d + days(80), AS_OF, lambda x: x + days(80)):
        c.visit(d, location="placement", lag=1)
    c.contact("health_assessment", D(2026, 2, 2))
    c.contact("needs_assessment", D(2025, 5, 20))
    c.contact("pathway_plan", D(2025, 5, 20))
    c.contact("pathway_plan_shared", wd(D(2025, 5, 20), 13))
    chron(c, s)

    c = child("WAK100118", D(2007, 9, 2), LC, "Dean Whiteley",
              "Former relevant care leaver in a council-provided flat (la_accommodation) since leaving care at "
              "18: pathway plan shared in 5 working days, reviewed five-monthly, the personal adviser visits "
              "the flat every seven weeks and before each review, and within four days of a move in March 2026. "
              "Every timescale met.")
    s = D(2025, 9, 2)
    c.ep("care_leaver", s, None, "la_accommodation")
    c.contact("pathway_plan", D(2025, 9, 10))
    c.contact("pathway_plan_shared", wd(D(2025, 9, 10), 5))
    for r in series(ctx.add_months(D(2025, 9, 10), 5), AS_OF, lambda x: ctx.add_months(x, 5)):
        c.visit(r - days(2), vtype="pa", location="home", lag=1)
        c.review("pathway_review", r, lag=2)
    for d in series(s + days(49), AS_OF, lambda x: x + days(49)):
        c.visit(d, vtype="pa", location="home", lag=1)
    c.contact("accommodation_move", D(2026, 3, 16))
    c.visit(D(2026, 3, 20), vtype="pa", location="home", lag=1)
    chron(c, s)

    c = child("WAK100119", D(2007, 2, 14), LC, "Dean Whiteley",
              "Care leaver in a council supported lodging (la_accommodation) since February 2025: the personal "
              "adviser's visits lapsed from June to the end of September 2026, so there was no visit before the "
              "September 2026 pathway review.")
    s = D(2025, 2, 14)
    c.ep("care_leaver", s, None, "la_accommodation")
    c.contact("pathway_plan", D(2025, 2, 24))
    c.contact("pathway_plan_shared", wd(D(2025, 2, 24), 4))
    reviews = [D(2025, 8, 4), D(2026, 1, 12), D(2026, 6, 8), D(2026, 9, 28)]
    vs = series(s + days(50), D(2026, 6, 1), lambda x: x + days(50)) + [D(2026, 9, 30)]
    vs += series(D(2026, 9, 30) + days(50), AS_OF, lambda x: x + days(50))
    for r in reviews:
        c.review("pathway_review", r, lag=2)
        if r != D(2026, 9, 28):
            c.visit(r - days(3), vtype="pa", location="home", lag=1)
    for d in vs:
        c.visit(d, vtype="pa", location="home", lag=1)
    chron(c, s)

    c = child("WAK100120", D(2006, 12, 1), LC, "Kelly Marsden",
              "Former relevant care leaver living with her partner (no la_accommodation): pathway plan shared "
              "on working day 13, a review seven months after the last, a gap of ten weeks in keeping in touch, "
              "and no visit at her new flat until ten days after she moved in June 2026.")
    s = D(2025, 1, 6)
    c.ep("care_leaver", s)
    c.contact("pathway_plan", D(2025, 1, 20))
    c.contact("pathway_plan_shared", wd(D(2025, 1, 20), 13))
    for r in [D(2025, 7, 14), D(2026, 2, 16), D(2026, 8, 10)]:
        c.review("pathway_review", r, lag=2)
    pts = series(s + days(50), D(2026, 3, 31), lambda x: x + days(50))
    pts += series(pts[-1] + days(70), AS_OF, lambda x: x + days(50))
    for d in pts:
        c.contact("pa_contact", d)
    c.contact("accommodation_move", D(2026, 6, 1))
    c.visit(D(2026, 6, 11), vtype="pa", location="home", lag=1)
    chron(c, s)

    c = child("WAK100121", D(2007, 5, 30), LC, "Kelly Marsden",
              "Former relevant care leaver at university (no la_accommodation): the personal adviser keeps in "
              "touch by phone and text every six to seven weeks, pathway plan reviewed five-monthly. Every "
              "timescale met.")
    s = D(2025, 5, 30)
    c.ep("care_leaver", s)
    c.contact("pathway_plan", D(2025, 6, 9))
    c.contact("pathway_plan_shared", wd(D(2025, 6, 9), 3))
    for r in series(ctx.add_months(D(2025, 6, 9), 5), AS_OF, lambda x: ctx.add_months(x, 5)):
        c.review("pathway_review", r, lag=2)
    for d in series(s + days(45), AS_OF, lambda x: x + days(45)):
        c.contact("pa_contact", d)
    chron(c, s)

    # --- transfer and closure; short breaks --------------------------------

    c = child("WAK100122", D(2016, 8, 8), CIN, "Owen Lockwood",
              "Child in need from November 2025, transferred from the assessment team in March 2026 with a file "
              "audit and a transfer summary the week before, closed on 28 August 2026 with a closure summary and "
              "an audit two days before. Every timescale met.")
    c.open, c.close = D(2025, 11, 3), D(2026, 8, 28)
    c.ep("cin", D(2025, 11, 3), D(2026, 8, 28))
    c.contact("case_file_audit", D(2026, 2, 25))
    c.contact("transfer_summary", D(2026, 2, 27))
    c.contact("team_transfer", D(2026, 3, 2))
    c.contact("closure_summary", D(2026, 8, 26))
    c.contact("case_file_audit", D(2026, 8, 26))
    for d in series(D(2025, 11, 20), D(2026, 8, 20), lambda x: x + days(30)):
        c.visit(d, lag=1)
    chron(c, D(2025, 11, 3), stop=D(2026, 8, 28))

    c = child("WAK100123", D(2014, 3, 3), CIN, "Imran Qureshi",
              "Child in need from February 2026, transferred between teams on 6 July 2026 with the transfer "
              "summary two days after and no file audit; closed 30 October 2026 with a closure summary but no "
              "file audit; the chronology was updated only every four months and a week or so, late twice.")
    c.open, c.close = D(2026, 2, 2), D(2026, 10, 30)
    c.ep("cin", D(2026, 2, 2), D(2026, 10, 30))
    c.contact("team_transfer", D(2026, 7, 6))
    c.contact("transfer_summary", D(2026, 7, 8))
    c.contact("closure_summary", D(2026, 10, 29))
    for d in series(D(2026, 2, 20), D(2026, 10, 20), lambda x: x + days(30)):
        c.visit(d, lag=1)
    chron(c, D(2026, 2, 2), stop=D(2026, 10, 30), every=130)

    c = child("WAK100124", D(2013, 12, 12), LAC, "Gareth Ingleby",
              "Disabled child living at home, with a series of short breaks at a residential unit (one looked-after "
              "row per stay, tag short_break): no looked-after timescale is owed; the chronology is kept.")
    c.open = D(2026, 1, 5)
    for a in [D(2026, 1, 9), D(2026, 3, 6), D(2026, 5, 8), D(2026, 7, 10), D(2026, 9, 11), D(2026, 11, 6)]:
        c.ep("cla", a, a + days(2), "short_break")
    for a in [D(2026, 3, 6), D(2026, 5, 8), D(2026, 7, 10), D(2026, 9, 11), D(2026, 11, 6)]:
        c.contact("chronology_update", a)

    c = child("WAK100125", D(2012, 2, 14), LAC, "Sophie Brearley",
              "External foster placement since 1 June 2026: four-weekly visits after the first review, health "
              "and education plans in time. Every timescale met.")
    s = D(2026, 6, 1)
    placement(c, s, tags="external")
    start_care(c, s)
    rv1 = wd(s, 18)
    lac_review(c, rv1)
    lac_review(c, ctx.add_months(rv1, 3) - days(7))
    lac_visits(c, s, rv1, AS_OF, 28)
    chron(c, s)

    # Records fall on weekdays: a date computed onto a weekend moves back to the Friday (earlier, so a
    # timescale met stays met); a record then duplicating another of its type that day is dropped.
    def fri(d):
        return d - days(max(0, d.weekday() - 4))

    for c in kids:
        seen = set()
        out = []
        for v in c.visits:
            sh = v["date"] - fri(v["date"])
            v["date"] = v["date"] - sh
            if v["recorded"]:
                v["recorded"] = max(v["date"], v["recorded"] - sh)
            k = (v["date"], v["seen"], v["location"], v["vtype"])
            if k not in seen and v["date"] <= AS_OF:
                seen.add(k)
                out.append(v)
        c.visits = out
        for attr in ("reviews", "contacts"):
            seen, out = set(), []
            for r in getattr(c, attr):
                r = list(r)
                sh = r[1] - fri(r[1])
                r[1] = r[1] - sh
                if r[2]:
                    r[2] = max(r[1], r[2] - sh)
                if (r[0], r[1]) not in seen and r[1] <= AS_OF:
                    seen.add((r[0], r[1]))
                    out.append(tuple(r))
            setattr(c, attr, out)
    return kids
