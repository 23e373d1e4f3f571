"""Havering sample children for standards/havering-services.yaml (sections 10-13:
Early Help, Youth Justice, Targeted Youth Support, Children Placements Team).

Every record carries the `service` of the team that made it (blank would mean
social care). Records fall on working days; the stories say which timescales
each child meets and which it misses at the audit date, 2026-11-23. The
breaches they give are listed in tests/standards/havering-services.samples.txt.
"""

EH, YJ, TYS, PLC, SC = "early_help", "youth_justice", "targeted_youth_support", "placements", "social_care"


def build(ctx):
    D, add_wd = ctx.D, ctx.add_wd
    ONE = ctx.ONE
    days = ctx.days
    kids = []

    def child(n, dob, team, worker, story, open_, close=None):
        c = ctx.Child(f"HAS1001{n:02d}", dob, team, worker, story, 7300 + n)
        c.open, c.close = open_, close
        kids.append(c)
        return c

    def series(c, kind, first, stop, step_days, lag=0, **f):
        """contacts (or reviews when kind is a review type) every step_days, moved back to a weekday."""
        d = first
        while d <= stop:
            dd = ctx.wd_on_or_before(d)
            if kind in ("taf_review", "targeted_youth_support_review", "search_review"):
                c.review(kind, dd, lag=lag, **f) if kind != "search_review" else c.contact(kind, dd, lag=lag, **f)
            else:
                c.contact(kind, dd, lag=lag, **f)
            d = dd + days(step_days)

    # ------------------------------------------------------------------ Early Help
    # 01: everything on time.
    c = child(1, D(2015, 2, 11), "Early Help Locality North", "Priya Nandra",
              "Early Help from 3 August 2026 (family support after school exclusions), still open. Allocated Mon 3 Aug: the "
              "manager's direction, the call to mum and to school that day, a home visit on Thu 6 Aug, assessment and plan "
              "signed off in 18 working days, initial TAF in 5 weeks, TAF reviews every 4 weeks with the plan updated the next "
              "day, supervision every 5 weeks: every Early Help timescale met.",
              D(2026, 8, 3))
    A = D(2026, 8, 3)
    c.ep("early_help", A)
    c.contact("allocation", A, service=EH)
    c.contact("management_oversight", A, lag=0, service=EH)
    c.contact("family_contact", A, lag=1, service=EH)
    c.contact("professional_contact", A, lag=1, service=EH)
    c.visit(D(2026, 8, 6), lag=1, alone="Y", service=EH)
    c.contact("assessment_authorised", add_wd(A, 18), service=EH)
    c.contact("early_help_plan", add_wd(A, 19), service=EH)
    c.review("initial_taf", D(2026, 9, 7), lag=0, service=EH)
    c.review("family_meeting", D(2026, 8, 20), lag=2, service=EH)
    c.contact("safeguarding_note", D(2026, 9, 17), lag=0, service=EH)
    for r in [D(2026, 10, 5), D(2026, 11, 2)]:
        c.review("taf_review", r, lag=0, service=EH)
        c.contact("early_help_plan", r + ONE, service=EH)
    for v in [D(2026, 9, 3), D(2026, 10, 1), D(2026, 10, 29)]:
        c.visit(v, lag=2, service=EH)
    for s in [D(2026, 9, 7), D(2026, 10, 12), D(2026, 11, 16)]:
        c.contact("supervision", s, lag=3, service=EH)
    c.contact("case_note", D(2026, 10, 20), lag=3, service=EH)

    # 02: step-down family, closed: four breaches.
    c = child(2, D(2013, 7, 30), "Early Help Locality South", "Tom Okafor",
              "Stepped down from a CIN plan to Early Help on Mon 2 March 2026, closed Fri 26 June. Contact, visit and direction "
              "on time; but the initial TAF was held on Mon 23 March (3 weeks: step-down families are owed it in 2), the "
              "assessment was signed off on working day 22 (the table's 20), a case note of 11 May went on EHM 4 days later "
              "(72 hours), supervision lapsed for 7 weeks (14 April to 2 June) and no closing summary was ever written "
              "(due 3 working days after the closure, Wed 1 July).",
              D(2026, 3, 2), D(2026, 7, 10))
    A = D(2026, 3, 2)
    c.ep("early_help", A, D(2026, 6, 26), "step_down")
    c.contact("allocation", A, service=EH)
    c.contact("management_oversight", A, service=EH)
    c.contact("family_contact", A, service=EH)
    c.contact("professional_contact", D(2026, 3, 3), service=EH)
    c.visit(D(2026, 3, 5), lag=1, service=EH)
    c.contact("assessment_authorised", add_wd(A, 22), service=EH)   # Wed 1 Apr
    c.contact("early_help_plan", add_wd(A, 20), service=EH)
    c.review("initial_taf", D(2026, 3, 23), lag=0, service=EH)
    for r in [D(2026, 4, 20), D(2026, 5, 18), D(2026, 6, 15)]:
        c.review("taf_review", r, lag=0, service=EH)
        c.contact("early_help_plan", r + days(2), service=EH)
    c.contact("case_note", D(2026, 5, 11), lag=4, service=EH)
    for s in [D(2026, 3, 30), D(2026, 4, 14), D(2026, 6, 2)]:
        c.contact("supervision", s, lag=1, service=EH)
    c.contact("closure_agreed", D(2026, 6, 26), service=EH)

    # 03: a struggling start.
    c = child(3, D(2017, 11, 2), "Early Help Locality North", "Grace Adeyemi",
              "Early Help from Thu 2 July 2026 (neglect concerns below threshold), open. Allocated Thu 2 July with no direction "
              "until Mon 6 July, first call to mum on Mon 6 July, no contact with professionals at all, the only early visit at "
              "school (the first home visit Fri 17 July, late), plan signed off on working day 24, initial TAF on Mon 24 Aug (7 "
              "weeks and 4 days), the next TAF review not until Mon 5 Oct (6 weeks), written up the next day and the plan not "
              "updated after it until 3 Nov; a safeguarding note of Tue 8 Sep went on EHM the next day, a family meeting took 5 working days "
              "to record and a supervision 8 working days.",
              D(2026, 7, 2))
    A = D(2026, 7, 2)
    c.ep("early_help", A)
    c.contact("allocation", A, service=EH)
    c.contact("management_oversight", D(2026, 7, 6), service=EH)
    c.contact("family_contact", D(2026, 7, 6), service=EH)
    c.visit(D(2026, 7, 8), lag=1, location="school", service=EH)
    c.visit(D(2026, 7, 17), lag=1, service=EH)
    c.contact("assessment_authorised", add_wd(A, 20), service=EH)
    c.contact("early_help_plan", add_wd(A, 24), service=EH)
    c.review("initial_taf", D(2026, 8, 24), lag=0, service=EH)
    c.contact("early_help_plan", D(2026, 8, 25), service=EH)
    c.review("taf_review", D(2026, 10, 5), lag=1, service=EH)
    c.review("taf_review", D(2026, 11, 2), lag=0, service=EH)
    c.contact("early_help_plan", D(2026, 11, 3), service=EH)
    c.contact("safeguarding_note", D(2026, 9, 8), lag=1, service=EH)
    c.review("family_meeting", D(2026, 9, 14), lag=7, service=EH)   # Mon + 7 days = Mon 21: 5 working days
    for s, lag in [(D(2026, 8, 10), 12), (D(2026, 9, 14), 1), (D(2026, 10, 19), 1)]:
        c.contact("supervision", s, lag=lag, service=EH)
    for v in [D(2026, 8, 14), D(2026, 9, 11), D(2026, 10, 9), D(2026, 11, 6)]:
        c.visit(v, lag=2, service=EH)

    # 14: a step-down family closed well.
    c = child(14, D(2012, 4, 19), "Early Help Locality South", "Tom Okafor",
              "Stepped down from social care to Early Help on Mon 8 June 2026 (a social worker's transfer summary on file), "
              "closed Fri 14 August after the plan's goals were met: initial TAF in 9 days, closing summary written Wed 12 "
              "August, before the closure. Every Early Help timescale met.",
              D(2026, 6, 8), D(2026, 8, 21))
    A = D(2026, 6, 8)
    c.ep("early_help", A, D(2026, 8, 14), "step_down")
    c.contact("allocation", A, service=EH)
    c.contact("management_oversight", A, service=EH)
    c.contact("family_contact", A, service=EH)
    c.contact("professional_contact", A + ONE, service=EH)
    c.visit(D(2026, 6, 10), lag=1, service=EH)
    c.review("initial_taf", D(2026, 6, 17), lag=0, service=EH)
    c.contact("assessment_authorised", add_wd(A, 15), service=EH)
    c.contact("early_help_plan", add_wd(A, 15), service=EH)
    c.review("taf_review", D(2026, 7, 15), lag=0, service=EH)
    c.contact("early_help_plan", D(2026, 7, 16), service=EH)
    c.review("taf_review", D(2026, 8, 12), lag=0, service=EH)
    c.contact("early_help_plan", D(2026, 8, 13), service=EH)
    c.contact("supervision", D(2026, 7, 13), lag=1, service=EH)
    c.contact("closure_summary", D(2026, 8, 12), service=EH)
    c.contact("closure_agreed", D(2026, 8, 14), service=EH)

    # ------------------------------------------------------------------ Youth Justice
    # 04: a referral order that goes well, transferring to probation.
    c = child(4, D(2009, 3, 10), "Youth Justice Service", "Marcus Bell",
              "Referral order from Barking Youth Court on Mon 4 May 2026 (stepped down from a CIN plan; will run past 18, so "
              "transfers to probation), allocated Tue 5 May. Induction Mon 11 May, report in 12 working days, consultation, "
              "panel on 28 May (18 working days), screenings, Teen Star, supervision every 3-4 weeks, reflection every 7 weeks, "
              "transfer meeting on 14 Aug before 17 years 6 months (10 Sep), review panel on 27 Aug (the next not due "
              "until 27 Nov). Every Youth Justice timescale met.",
              D(2026, 5, 4))
    S, A = D(2026, 5, 4), D(2026, 5, 5)
    c.ep("youth_justice", S, None, "referral_order;probation_transfer;step_down")
    c.contact("allocation", A, service=YJ)
    c.visit(D(2026, 5, 11), lag=1, location="office", service=YJ)
    c.contact("referral_order_report", add_wd(A, 12), service=YJ)
    c.review("case_consultation", add_wd(A, 8), lag=2, service=YJ)
    c.review("referral_order_panel", D(2026, 5, 28), lag=1, service=YJ)
    c.review("referral_order_review", D(2026, 8, 27), lag=1, service=YJ)
    c.contact("camhs_screening", add_wd(S, 10), service=YJ)
    c.contact("salt_screening", add_wd(S, 13), service=YJ)
    c.contact("outcome_star", add_wd(S, 14), service=YJ)
    c.review("probation_transfer_meeting", D(2026, 8, 14), lag=1, service=YJ)
    d = D(2026, 5, 29)
    while d <= ctx.AS_OF:
        c.contact("supervision", ctx.wd_on_or_before(d), lag=1, service=YJ)
        d = ctx.wd_on_or_before(d) + days(25)
    for r in [D(2026, 6, 22), D(2026, 8, 10), D(2026, 9, 28), D(2026, 11, 16)]:
        c.contact("case_reflection", r, lag=0, service=YJ)
    for v in [D(2026, 6, 9), D(2026, 7, 7), D(2026, 8, 4), D(2026, 9, 1), D(2026, 9, 29), D(2026, 10, 27)]:
        c.visit(v, lag=1, service=YJ)
    c.contact("family_contact", D(2026, 6, 16), lag=1, service=YJ)
    c.contact("case_note", D(2026, 6, 17), lag=2, service=YJ)
    c.contact("management_oversight", D(2026, 5, 6), lag=0, service=YJ)
    c.contact("group_session", D(2026, 7, 15), lag=0, service=YJ)

    # 05: looked after and before the court: a poor YJS start.
    c = child(5, D(2010, 1, 21), "Youth Justice Service", "Hannah Cole",
              "Looked after since January 2026 (social worker's supervision on the social care file). Court asked for a report "
              "on Fri 6 Mar 2026, allocated Tue 10 Mar: first seen Thu 19 Mar (9 days), no case consultation, report on working day 16 "
              "(late), no CAMHS screening. Sentenced on Mon 13 Apr to a referral order: first seen 6 days after allocation but "
              "written up 2 days later, report again late (working day 17), panel on Tue 19 May (past 20 working days), its "
              "decisions recorded 2 days later, first review due 19 "
              "Aug missed until 1 Sep. Contacts recorded 2 days late, a case note 5 days, a management decision 3 days; "
              "YJS supervision once lapsed 5 weeks (26 May to 30 Jun); a positive 141 form on Tue 5 May with the victim not "
              "contacted until Fri 8 May.",
              D(2026, 1, 12))
    c.ep("cla", D(2026, 1, 12))
    S1, A1 = D(2026, 3, 6), D(2026, 3, 10)
    c.ep("youth_justice", S1, D(2026, 4, 12), "pre_sentence")
    c.contact("allocation", A1, service=YJ)
    c.visit(D(2026, 3, 19), lag=1, location="office", service=YJ)
    c.contact("pre_sentence_report", add_wd(A1, 16), service=YJ)
    c.contact("salt_screening", add_wd(S1, 10), service=YJ)
    S2, A2 = D(2026, 4, 13), D(2026, 4, 14)
    c.ep("youth_justice", S2, None, "referral_order")
    c.contact("allocation", A2, service=YJ)
    c.visit(D(2026, 4, 20), lag=2, service=YJ)
    c.review("case_consultation", add_wd(A2, 10), lag=1, service=YJ)
    c.contact("referral_order_report", add_wd(A2, 17), service=YJ)
    c.review("referral_order_panel", D(2026, 5, 19), lag=2, service=YJ)
    c.review("referral_order_review", D(2026, 9, 1), lag=1, service=YJ)
    c.review("referral_order_review", D(2026, 11, 20), lag=1, service=YJ)
    c.contact("victim_referral", D(2026, 5, 5), service=YJ)
    c.contact("victim_contact", D(2026, 5, 8), lag=0, service=YJ)
    c.contact("family_contact", D(2026, 5, 12), lag=2, service=YJ)
    c.contact("case_note", D(2026, 6, 3), lag=5, service=YJ)
    c.contact("management_oversight", D(2026, 4, 15), lag=3, service=YJ)
    for s in [D(2026, 4, 2), D(2026, 4, 29), D(2026, 5, 26), D(2026, 6, 30), D(2026, 7, 27), D(2026, 8, 21),
              D(2026, 9, 17), D(2026, 10, 14), D(2026, 11, 10)]:
        c.contact("supervision", s, lag=0, service=YJ)
    for s in [D(2026, 3, 25), D(2026, 5, 13), D(2026, 7, 1), D(2026, 8, 19), D(2026, 10, 7), D(2026, 11, 18)]:
        c.contact("case_reflection", s, lag=0, service=YJ)
    for s in [D(2026, 2, 16), D(2026, 4, 16), D(2026, 6, 16), D(2026, 8, 17), D(2026, 10, 15)]:
        c.contact("supervision", s + ONE, lag=1, service=SC)
    for v in [D(2026, 2, 9), D(2026, 3, 20), D(2026, 5, 1), D(2026, 6, 12), D(2026, 7, 24), D(2026, 9, 4),
              D(2026, 10, 16)]:
        c.visit(v, lag=1, location="placement", service=SC)
    for v in [D(2026, 5, 26), D(2026, 6, 23), D(2026, 7, 21), D(2026, 8, 18), D(2026, 9, 15), D(2026, 10, 13),
              D(2026, 11, 10)]:
        c.visit(v, lag=1, service=YJ)

    # 06: two out-of-court disposals after a step-down.
    c = child(6, D(2011, 9, 4), "Youth Justice Service", "Marcus Bell",
              "Stepped down from social care and given a community resolution (out of court) on Fri 6 Feb 2026, allocated Tue "
              "10 Feb: light-touch assessment and consultation on time, screenings on time except speech and language (working "
              "day 16), Teen Star on working day 17 (15), consultation written up 5 working days later, a supervision recorded "
              "2 days after. Closed Fri 27 Mar. A youth caution followed on Fri 3 Jul (allocated Tue 7 Jul): its assessment "
              "took 17 working days; ended Fri 9 Oct.",
              D(2026, 2, 6), D(2026, 10, 16))
    S, A = D(2026, 2, 6), D(2026, 2, 10)
    c.ep("youth_justice", S, D(2026, 3, 27), "out_of_court;step_down")
    c.contact("allocation", A, service=YJ)
    c.visit(D(2026, 2, 13), lag=1, location="home", service=YJ)
    c.contact("out_of_court_assessment", add_wd(A, 12), service=YJ)
    c.review("case_consultation", add_wd(A, 7), lag=7, service=YJ)
    c.contact("camhs_screening", add_wd(S, 12), service=YJ)
    c.contact("salt_screening", add_wd(S, 16), service=YJ)
    c.contact("outcome_star", add_wd(S, 17), service=YJ)
    c.contact("supervision", D(2026, 3, 5), lag=2, service=YJ)
    S, A = D(2026, 7, 3), D(2026, 7, 7)
    c.ep("youth_justice", S, D(2026, 10, 9), "out_of_court")
    c.contact("allocation", A, service=YJ)
    c.visit(D(2026, 7, 9), lag=1, location="office", service=YJ)
    c.contact("out_of_court_assessment", add_wd(A, 17), service=YJ)
    c.review("case_consultation", add_wd(A, 9), lag=1, service=YJ)
    c.contact("camhs_screening", add_wd(S, 9), service=YJ)
    c.contact("salt_screening", add_wd(S, 11), service=YJ)
    for s in [D(2026, 7, 30), D(2026, 8, 26), D(2026, 9, 22)]:
        c.contact("supervision", s, lag=1, service=YJ)
    for s in [D(2026, 3, 20), D(2026, 8, 24)]:
        c.contact("case_reflection", s, lag=0, service=YJ)

    # 07: a report, custody, and two releases.
    c = child(7, D(2008, 12, 1), "Youth Justice Service", "Hannah Cole",
              "Report requested on Fri 9 Jan 2026 (allocated Tue 13 Jan): seen within the week, consultation and report on "
              "time. Remanded, released on bail Mon 2 Feb with a risk management panel on 2 Mar (met); sentenced on Mon 16 Feb "
              "to a detention and training order, which will transfer to probation at 18; released on licence Fri 7 Aug, with "
              "no panel since. Turned 17 years 6 months on Mon 1 Jun with no transfer meeting. Reflection lapsed from 13 Jul to "
              "29 Sep; a safeguarding note of 5 Oct took 3 working days; a victim was contacted the day after the 141 form.",
              D(2026, 1, 9))
    S, A = D(2026, 1, 9), D(2026, 1, 13)
    c.ep("youth_justice", S, D(2026, 2, 15), "pre_sentence")
    c.contact("allocation", A, service=YJ)
    c.visit(D(2026, 1, 16), lag=1, location="office", service=YJ)
    c.review("case_consultation", add_wd(A, 9), lag=2, service=YJ)
    c.contact("pre_sentence_report", add_wd(A, 14), service=YJ)
    c.contact("camhs_screening", add_wd(S, 11), service=YJ)
    c.contact("salt_screening", add_wd(S, 12), service=YJ)
    c.contact("custody_release", D(2026, 2, 2), service=YJ)
    c.review("risk_management_panel", D(2026, 3, 2), lag=1, service=YJ)
    c.ep("youth_justice", D(2026, 2, 16), None, "probation_transfer")
    c.contact("allocation", D(2026, 2, 17), service=YJ)
    c.visit(D(2026, 2, 19), lag=1, location="other", service=YJ)
    c.contact("custody_release", D(2026, 8, 7), service=YJ)
    c.contact("victim_referral", D(2026, 3, 10), service=YJ)
    c.contact("victim_contact", D(2026, 3, 11), service=YJ)
    c.contact("safeguarding_note", D(2026, 10, 5), lag=3, service=YJ)
    d = D(2026, 1, 30)
    while d <= ctx.AS_OF:
        c.contact("supervision", ctx.wd_on_or_before(d), lag=1, service=YJ)
        d = ctx.wd_on_or_before(d) + days(26)
    for s in [D(2026, 2, 27), D(2026, 4, 17), D(2026, 6, 5), D(2026, 7, 13), D(2026, 9, 29), D(2026, 11, 20)]:
        c.contact("case_reflection", s, lag=0, service=YJ)
    for v in [D(2026, 8, 11), D(2026, 9, 8), D(2026, 10, 6), D(2026, 11, 3)]:
        c.visit(v, lag=1, service=YJ)

    # ------------------------------------------------------------------ Targeted Youth Support
    # 08: on time throughout, closed.
    c = child(8, D(2011, 6, 25), "Targeted Youth Support (IASS)", "Kwame Mensah",
              "Referred by school; at the Wednesday allocation meeting on 2 Sep 2026 the duty manager's direction was recorded "
              "and school emailed the outcome the same day; allocated to a TYS practitioner Thu 3 Sep, first call Fri 4 Sep, "
              "initial meeting at school Tue 8 Sep with the line manager discussion the next day; assessment started that day, "
              "Outcome Star and plan by working day 15, plan reviewed every 4 weeks and updated the next day, group sessions "
              "recorded the next day. Closing summary Thu 5 Nov, closed Fri 6 Nov. Every TYS timescale met.",
              D(2026, 9, 2), D(2026, 11, 13))
    c.ep("targeted_youth_support", D(2026, 9, 2), D(2026, 11, 6))
    c.contact("allocation_decision", D(2026, 9, 2), service=TYS)
    c.contact("management_oversight", D(2026, 9, 2), lag=0, service=TYS)
    c.contact("professional_contact", D(2026, 9, 2), lag=0, service=TYS)
    A = D(2026, 9, 3)
    c.contact("allocation", A, service=TYS)
    c.contact("family_contact", D(2026, 9, 4), lag=0, service=TYS)
    c.visit(D(2026, 9, 8), lag=1, location="school", service=TYS)
    c.contact("supervision", D(2026, 9, 9), lag=1, service=TYS)
    c.contact("assessment_start", D(2026, 9, 8), lag=1, service=TYS)
    c.contact("outcome_star", add_wd(A, 15), service=TYS)
    c.contact("early_help_plan", add_wd(A, 15), service=TYS)       # Thu 24 Sep
    for r in [D(2026, 10, 21)]:
        c.review("targeted_youth_support_review", r, lag=0, service=TYS)
        c.contact("early_help_plan", r + ONE, service=TYS)
    for g in [D(2026, 9, 16), D(2026, 9, 23), D(2026, 9, 30)]:
        c.contact("group_session", g, lag=1, service=TYS)
    c.contact("case_note", D(2026, 10, 7), lag=1, service=TYS)
    c.contact("closure_agreed", D(2026, 11, 6), service=TYS)
    c.contact("closure_summary", D(2026, 11, 5), service=TYS)

    # 09: late all along, closed.
    c = child(9, D(2010, 10, 14), "Targeted Youth Support (IASS)", "Sophie Walsh",
              "Allocation meeting Wed 6 May 2026: no case direction recorded, professionals emailed only on Mon 11 May, the case "
              "reaching the practitioner on Fri 8 May; first contact Tue 12 May, a video call, then the first meeting in person "
              "Mon 18 May (working day 6) with no discussion with the line manager. Assessment started Tue 26 May (working day "
              "11) and recorded 4 days later, Outcome Star (day 23) and plan (day 21) late, the plan's first review on Tue 14 Jul, "
              "5 weeks on, written up the next day, the plan updated on the Monday after; a group "
              "session recorded 4 days late, a case note 4 working days. Closed Fri 31 Jul with no closing summary.",
              D(2026, 5, 6), D(2026, 8, 14))
    c.ep("targeted_youth_support", D(2026, 5, 6), D(2026, 7, 31))
    c.contact("allocation_decision", D(2026, 5, 6), service=TYS)
    c.contact("professional_contact", D(2026, 5, 11), service=TYS)
    A = D(2026, 5, 8)
    c.contact("allocation", A, service=TYS)
    c.contact("family_contact", D(2026, 5, 12), lag=0, service=TYS)
    c.visit(D(2026, 5, 12), lag=1, location="virtual", service=TYS)
    c.visit(D(2026, 5, 18), lag=1, location="home", service=TYS)
    c.contact("assessment_start", add_wd(A, 11), lag=4, service=TYS)
    c.contact("outcome_star", add_wd(A, 23), service=TYS)
    c.contact("early_help_plan", add_wd(A, 21), service=TYS)
    R = add_wd(A, 21) + days(35)
    c.review("targeted_youth_support_review", R, lag=1, service=TYS)
    c.contact("early_help_plan", R + days(6), service=TYS)
    c.contact("group_session", D(2026, 6, 10), lag=4, service=TYS)
    c.contact("case_note", D(2026, 6, 15), lag=6, service=TYS)
    c.contact("closure_agreed", D(2026, 7, 31), service=TYS)

    # 10: looked after, missing twice; a planned in-house placement at a distance.
    c = child(10, D(2009, 8, 8), "Children in Care Team", "Aisha Rahman",
              "Looked after, with in-house carers. Went missing twice; TYS (IASS) does the return home interviews: after the "
              "first, allocated Mon 13 Apr 2026, an attempt on Wed 15 Apr (met); after the second, allocated Fri 10 Jul, the "
              "first attempt not until Wed 15 Jul (72 hours: late). Moved on Mon 3 Aug to a planned in-house placement in Essex "
              "(out of area), but the host borough was consulted only on Wed 5 Aug, after the move.",
              D(2025, 11, 3))
    c.ep("cla", D(2025, 11, 3), D(2026, 8, 2))
    c.ep("cla", D(2026, 8, 3), None, "out_of_area;planned")
    c.contact("missing_return", D(2026, 4, 13), service=SC)
    c.contact("return_interview_allocated", D(2026, 4, 13), service=TYS)
    c.contact("return_interview_attempt", D(2026, 4, 15), service=TYS)
    c.contact("return_interview", D(2026, 4, 16), lag=1, service=TYS)
    c.contact("missing_return", D(2026, 7, 10), service=SC)
    c.contact("return_interview_allocated", D(2026, 7, 10), service=TYS)
    c.contact("return_interview_attempt", D(2026, 7, 15), service=TYS)
    c.contact("host_authority_consultation", D(2026, 8, 5), lag=1, service=PLC)

    # ------------------------------------------------------------------ Placements
    # 11: a planned move to an external placement at a distance, all on time.
    c = child(11, D(2012, 1, 17), "Children Placements Team", "Daniel Frost",
              "Looked after in an external placement in Havering from Mon 5 Jan 2026 (plan, IPA, notifications on time). A "
              "search for a specialist placement opened Mon 2 Mar, reviewed every fortnight and refreshed at 8 weeks, offer "
              "accepted Fri 8 May (filed that day), search closed; the host borough (Kent) consulted on Mon 11 May before the "
              "planned move on Mon 18 May; plan, IPA and the move's notification on the day, signed IPA uploaded in 3 working "
              "days. Every Placements timescale met.",
              D(2026, 1, 5))
    c.ep("cla", D(2026, 1, 5), D(2026, 5, 17), "external;planned")
    c.contact("placement_plan", D(2026, 1, 5), service=SC)
    c.contact("ipa_issued", D(2026, 1, 5), service=PLC)
    c.contact("placement_notification", D(2026, 1, 6), service=PLC)
    c.contact("ipa_completed", D(2026, 1, 8), service=PLC)
    c.ep("placement_search", D(2026, 3, 2), D(2026, 5, 8))
    c.contact("search_sent", D(2026, 3, 2), lag=0, service=PLC)
    c.contact("search_response", D(2026, 3, 5), lag=1, service=PLC)
    for r in [D(2026, 3, 16), D(2026, 3, 30), D(2026, 4, 13), D(2026, 4, 27)]:
        c.contact("search_review", r, lag=1, service=PLC)
    c.contact("search_refresh", D(2026, 4, 24), lag=0, service=PLC)
    c.contact("placement_acceptance", D(2026, 5, 8), lag=0, service=PLC)
    c.contact("host_authority_consultation", D(2026, 5, 11), lag=1, service=PLC)
    c.contact("case_note", D(2026, 5, 12), lag=1, service=PLC)
    c.ep("cla", D(2026, 5, 18), None, "external;planned;out_of_area")
    c.contact("placement_plan", D(2026, 5, 18), service=SC)
    c.contact("ipa_issued", D(2026, 5, 18), service=PLC)
    c.contact("placement_notification", D(2026, 5, 18), service=PLC)
    c.contact("ipa_completed", D(2026, 5, 21), service=PLC)
    c.contact("professional_contact", D(2026, 6, 3), lag=1, service=PLC)

    # 12: an emergency placement at a distance on a Friday night, poorly followed up.
    c = child(12, D(2014, 5, 29), "Children Placements Team", "Daniel Frost",
              "Placed by EDT on Fri 12 Jun 2026 in an external placement in Thurrock (emergency, out of area). The offer was "
              "accepted that Friday but filed on the Monday; plan received Mon 15 Jun (late), no IPA issued, the notification "
              "on Tue 16 Jun (late), host borough consulted on Tue 23 Jun (working day 7: late), signed IPA uploaded on Fri 19 "
              "Jun (working day 5: late). A search for a local placement opened Mon 22 Jun; reviewed on time; withdrawn on Wed "
              "1 Jul when her grandmother was approved as a connected carer, and closed that day. She moved to her grandmother "
              "(an in-house placement) on Mon 6 Jul; the end of the external placement was notified only on Wed 8 Jul.",
              D(2026, 6, 12))
    c.ep("cla", D(2026, 6, 12), D(2026, 7, 5), "external;out_of_area")
    c.contact("placement_acceptance", D(2026, 6, 12), lag=3, service=PLC)
    c.contact("placement_plan", D(2026, 6, 15), service=SC)
    c.contact("placement_notification", D(2026, 6, 16), service=PLC)
    c.contact("host_authority_consultation", D(2026, 6, 23), lag=1, service=PLC)
    c.contact("ipa_completed", D(2026, 6, 19), service=PLC)
    c.ep("placement_search", D(2026, 6, 22), D(2026, 7, 1))
    c.contact("search_sent", D(2026, 6, 22), lag=0, service=PLC)
    c.contact("search_response", D(2026, 6, 24), lag=1, service=PLC)
    c.contact("search_review", D(2026, 6, 29), lag=0, service=PLC)
    c.contact("search_withdrawn", D(2026, 7, 1), service=PLC)
    c.ep("cla", D(2026, 7, 6))
    c.contact("placement_notification", D(2026, 7, 8), service=PLC)

    # 13: an emergency placement made well, then a long search left drifting.
    c = child(13, D(2011, 12, 3), "Children Placements Team", "Leah Marsh",
              "Placed in an emergency on Fri 6 Mar 2026 in an external residential home in Basildon (out of area): plan, "
              "IPA and notification the same Friday, host borough consulted Wed 11 Mar "
              "(working day 3), signed IPA on Tue 10 Mar. A search for a foster family opened Mon 13 Apr: sent to providers "
              "that day but recorded on Wed 15 Apr, reviewed on 27 Apr, then not until 26 May (4 weeks), never refreshed at 8 "
              "weeks; withdrawn on Mon 15 Jun when the home became the long-term plan but closed only on Thu 18 Jun. A "
              "placements case note of 2 Jun went on LCS 4 working days later.",
              D(2026, 3, 6))
    c.ep("cla", D(2026, 3, 6), None, "external;out_of_area")
    c.contact("placement_plan", D(2026, 3, 6), service=SC)
    c.contact("ipa_issued", D(2026, 3, 6), service=PLC)
    c.contact("placement_notification", D(2026, 3, 6), service=PLC)
    c.contact("host_authority_consultation", D(2026, 3, 11), lag=0, service=PLC)
    c.contact("ipa_completed", D(2026, 3, 10), service=PLC)
    c.ep("placement_search", D(2026, 4, 13), D(2026, 6, 18))
    c.contact("search_sent", D(2026, 4, 13), lag=2, service=PLC)
    c.contact("search_review", D(2026, 4, 27), lag=0, service=PLC)
    c.contact("search_review", D(2026, 5, 26), lag=0, service=PLC)
    c.contact("search_review", D(2026, 6, 9), lag=0, service=PLC)
    c.contact("search_withdrawn", D(2026, 6, 15), service=PLC)
    c.contact("case_note", D(2026, 6, 2), lag=6, service=PLC)

    return kids
