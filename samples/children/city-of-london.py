"""City of London Corporation sample children (COL...), for
standards/city-of-london.yaml. One social work team and one early help team,
as the handbook describes. Each child's story says what it exercises; the
breaches it gives at 2026-11-23 are in tests/standards/city-of-london.samples.txt.
"""

SW = "Children and Families Team"
EH = "Early Help Team"


def build(ctx):
    D = ctx.D
    AS_OF = ctx.AS_OF
    kids = []

    def child(cid, dob, team, worker, story):
        c = ctx.Child(cid, dob, team, worker, story, int(cid[-4:]))
        kids.append(c)
        return c

    def visits(c, dates, location="home"):
        for d in dates:
            c.visit(d, location=location, lag=1)

    def meeting(c, rtype, d, lag=3):
        # The minutes follow the record of the meeting (a few working days later, never after the audit date).
        c.review(rtype, d, lag=lag, minutes_date=min(ctx.add_wd(d, 5), AS_OF))

    def meetings(c, rtype, dates):
        for i, d in enumerate(dates):
            meeting(c, rtype, d, lag=(2, 3, 5)[i % 3])

    def series(first, stop, step):
        out, d = [], first
        while d <= stop:
            out.append(d)
            d = step(d)
        return out

    # 1. Child in need, kept to time; visit locations left blank (read as unknown: they count).
    c = child("COL100101", D(2016, 5, 14), SW, "Priya Raman",
              "Referral accepted for assessment March 2026, CIN plan kept to every timescale: first visit in four days, "
              "assessment in seven weeks, visits five-weekly (location not recorded), reviews three-monthly.")
    c.ep("cin", D(2026, 3, 2))
    c.contact("referral", D(2026, 3, 2), outcome="assessment")
    c.visit(D(2026, 3, 6), location="home")
    c.contact("assessment_start", D(2026, 3, 4))
    c.contact("assessment_completed", D(2026, 4, 24))
    c.contact("assessment_authorised", D(2026, 4, 28))
    for d in series(D(2026, 4, 10), AS_OF, ctx.day_step(35)):
        c.visit(d, location="", lag=2)
    c.visit(D(2026, 5, 5), location="virtual", lag=0)
    meetings(c, "cin_review", [D(2026, 5, 28), D(2026, 8, 20), D(2026, 11, 12)])

    # 2. Child in need drifting.
    c = child("COL100102", D(2012, 9, 3), SW, "Daniel Osei",
              "Referral 1 September 2025: first visit a day late, assessment completed three working days late; "
              "visits stop over the spring (late visit in May 2026); second review late, no review since June 2026.")
    c.ep("cin", D(2025, 9, 1))
    c.contact("referral", D(2025, 9, 1), outcome="assessment")
    c.visit(D(2025, 9, 16), location="home")
    c.contact("assessment_start", D(2025, 9, 3))
    c.contact("assessment_completed", D(2025, 11, 10))
    visits(c, series(D(2025, 10, 21), D(2026, 3, 31), ctx.day_step(35)))
    visits(c, series(D(2026, 5, 26), AS_OF, ctx.day_step(35)))
    meetings(c, "cin_review", [D(2025, 12, 1), D(2026, 3, 20), D(2026, 6, 18)])

    # 3. Child in need solely for disability, twelve-weekly visits agreed.
    c = child("COL100103", D(2011, 2, 17), SW, "Priya Raman",
              "Long-term CIN plan for a disabled child (disability_only) from June 2025: visits twelve-weekly, one "
              "a week late in April 2026 (Easter); reviews three-monthly on time.")
    c.ep("cin", D(2025, 6, 2), tags="disability_only")
    visits(c, [D(2025, 8, 18), D(2025, 11, 3), D(2026, 1, 19), D(2026, 4, 20), D(2026, 7, 6), D(2026, 9, 28)])
    meetings(c, "cin_review", [D(2025, 8, 28), D(2025, 11, 27), D(2026, 2, 26), D(2026, 5, 21), D(2026, 8, 20),
                                D(2026, 11, 19)])

    # 4. Child protection, well run.
    c = child("COL100104", D(2019, 7, 8), SW, "Grace Achterberg",
              "Referral on the child protection route 2 February 2026: strategy discussion next day, ICPC within "
              "12 working days, CP plan since 19 February with visits every 9 working days, core groups five-weekly, "
              "review conferences on time.")
    c.ep("cin", D(2026, 2, 2), D(2026, 2, 18))
    c.ep("cp", D(2026, 2, 19))
    c.contact("referral", D(2026, 2, 2), outcome="strategy")
    meeting(c, "strategy", D(2026, 2, 3))
    c.contact("s47_start", D(2026, 2, 3), outcome="icpc_required")
    c.visit(D(2026, 2, 4), location="home")
    c.contact("assessment_start", D(2026, 2, 3))
    c.contact("assessment_completed", D(2026, 3, 20))
    meeting(c, "icpc", D(2026, 2, 19))
    visits(c, series(D(2026, 2, 26), AS_OF, ctx.wd_step(9)))
    for d in series(D(2026, 3, 5), AS_OF, ctx.day_step(35)):
        meeting(c, "core_group", d)
    meetings(c, "rcpc", [D(2026, 5, 14), D(2026, 11, 12)])

    # 5. Child protection with slips.
    c = child("COL100105", D(2014, 11, 22), SW, "Grace Achterberg",
              "Referral on Friday 13 March 2026, strategy discussion on the Monday (a day late: 24 hours include the "
              "weekend); ICPC a working day late over Easter; one CP visit late in August; first review conference "
              "late; core group late in August and none since September.")
    c.ep("cin", D(2026, 3, 13), D(2026, 4, 8))
    c.ep("cp", D(2026, 4, 9))
    c.contact("referral", D(2026, 3, 13), outcome="strategy")
    meeting(c, "strategy", D(2026, 3, 16))
    c.contact("s47_start", D(2026, 3, 16), outcome="icpc_required")
    c.visit(D(2026, 3, 16), location="home")
    c.visit(D(2026, 3, 30), location="home")
    meeting(c, "icpc", D(2026, 4, 9))
    visits(c, [d for d in series(D(2026, 4, 20), AS_OF, ctx.wd_step(9)) if not D(2026, 7, 31) < d < D(2026, 8, 20)]
           + [D(2026, 8, 20)])
    meetings(c, "core_group", [D(2026, 5, 14), D(2026, 6, 25), D(2026, 8, 13), D(2026, 9, 17)])
    meetings(c, "rcpc", [D(2026, 7, 14)])

    # 6. Section 47 enquiry with no conference needed.
    c = child("COL100106", D(2010, 4, 30), SW, "Daniel Osei",
              "Referral on the child protection route June 2026; strategy discussion next day; the enquiry found no "
              "significant harm (outcome cin), so no ICPC is owed; CIN plan kept to time.")
    c.ep("cin", D(2026, 6, 1))
    c.contact("referral", D(2026, 6, 1), outcome="strategy")
    meeting(c, "strategy", D(2026, 6, 2))
    c.contact("s47_start", D(2026, 6, 2), outcome="cin")
    c.visit(D(2026, 6, 3), location="home")
    c.contact("assessment_start", D(2026, 6, 2))
    c.contact("assessment_completed", D(2026, 7, 24))
    visits(c, series(D(2026, 7, 8), AS_OF, ctx.day_step(35)))
    meetings(c, "cin_review", [D(2026, 8, 27), D(2026, 11, 19)])

    # 7. Looked after, a placement move.
    c = child("COL100107", D(2013, 1, 15), SW, "Marta Kowalczyk",
              "Looked after from 12 January 2026, weekly visits for four weeks then six-weekly; moved on 6 July 2026: "
              "the third weekly visit after the move was three days late; reviews on time.")
    c.ep("cla", D(2026, 1, 12), D(2026, 7, 5))
    c.ep("cla", D(2026, 7, 6))
    visits(c, [D(2026, 1, 19), D(2026, 1, 26), D(2026, 2, 2), D(2026, 2, 9)], "placement")
    visits(c, series(D(2026, 3, 19), D(2026, 7, 3), ctx.day_step(38)), "placement")
    visits(c, [D(2026, 7, 10), D(2026, 7, 17), D(2026, 7, 27), D(2026, 8, 3)], "placement")
    visits(c, series(D(2026, 9, 10), AS_OF, ctx.day_step(38)), "placement")
    meetings(c, "cla_review", [D(2026, 2, 5), D(2026, 4, 30), D(2026, 10, 22)])

    # 8. Looked after, moved to a permanent placement (settled).
    c = child("COL100108", D(2012, 6, 6), SW, "Marta Kowalczyk",
              "Looked after from January 2025; moved to permanent carers on 30 June 2025 with three-monthly visits "
              "agreed (settled): one three-monthly visit four days late in January 2026; the second looked-after "
              "review five days late.")
    c.ep("cla", D(2025, 1, 6), D(2025, 6, 29))
    c.ep("cla", D(2025, 6, 30), tags="settled")
    visits(c, [D(2025, 1, 13), D(2025, 1, 20), D(2025, 1, 27), D(2025, 2, 3)], "placement")
    visits(c, series(D(2025, 3, 14), D(2025, 6, 27), ctx.day_step(40)), "placement")
    visits(c, [D(2025, 7, 7), D(2025, 7, 14), D(2025, 7, 21), D(2025, 7, 28), D(2025, 10, 23), D(2026, 1, 27),
               D(2026, 4, 20), D(2026, 7, 16), D(2026, 10, 12)], "placement")
    meetings(c, "cla_review", [D(2025, 2, 3), D(2025, 5, 8), D(2025, 11, 6), D(2026, 5, 5), D(2026, 11, 4)])

    # 9. Connected person: viability on time, Regulation 24 carer approved in time.
    c = child("COL100109", D(2018, 3, 12), SW, "Samuel Adeyemi",
              "Child in need December 2025; aunt referred for a viability assessment, done in nine working days; "
              "placed with her under Regulation 24 on 26 January 2026 and she was approved as a foster carer in "
              "15 weeks; visits and reviews on time.")
    c.ep("cin", D(2025, 12, 1), D(2026, 1, 25))
    c.ep("cla", D(2026, 1, 26), tags="reg24")
    visits(c, [D(2025, 12, 5), D(2026, 1, 9)])
    c.contact("viability_referral", D(2026, 1, 5))
    c.contact("viability_completed", D(2026, 1, 16))
    visits(c, [D(2026, 2, 2), D(2026, 2, 9), D(2026, 2, 16), D(2026, 2, 23)], "placement")
    visits(c, series(D(2026, 4, 2), AS_OF, ctx.day_step(40)), "placement")
    meetings(c, "cla_review", [D(2026, 2, 19), D(2026, 5, 14), D(2026, 11, 10)])
    c.contact("carer_approved", D(2026, 5, 11))

    # 10. Connected person: viability late, Regulation 24 approval overdue, SGO assessment on time.
    c = child("COL100110", D(2020, 10, 1), SW, "Samuel Adeyemi",
              "Grandparents referred for viability March 2026, done two working days late; child placed with them "
              "under Regulation 24 on 13 April 2026, neither approved as foster carers nor the temporary approval "
              "extended by 3 August (16 weeks); their full special guardianship assessment finished within 12 weeks.")
    c.ep("cin", D(2026, 3, 2), D(2026, 4, 12))
    c.ep("cla", D(2026, 4, 13), tags="reg24")
    visits(c, [D(2026, 3, 5), D(2026, 4, 8)])
    c.contact("viability_referral", D(2026, 3, 9))
    c.contact("viability_completed", D(2026, 3, 25))
    visits(c, [D(2026, 4, 17), D(2026, 4, 24), D(2026, 5, 1), D(2026, 5, 8)], "placement")
    visits(c, series(D(2026, 6, 15), AS_OF, ctx.day_step(40)), "placement")
    meetings(c, "cla_review", [D(2026, 5, 11), D(2026, 8, 6)])
    c.contact("sgo_assessment_start", D(2026, 6, 1))
    c.contact("sgo_assessment_completed", D(2026, 8, 21))

    # 11. Special guardianship assessment late.
    c = child("COL100111", D(2017, 8, 19), SW, "Marta Kowalczyk",
              "In foster care since November 2025; full special guardianship assessment of an uncle started 2 March "
              "2026 and finished a week after its 12 weeks; visits and reviews on time.")
    c.ep("cla", D(2025, 11, 3))
    visits(c, [D(2025, 11, 10), D(2025, 11, 17), D(2025, 11, 24), D(2025, 12, 1)], "placement")
    visits(c, series(D(2026, 1, 9), AS_OF, ctx.day_step(40)), "placement")
    meetings(c, "cla_review", [D(2025, 11, 27), D(2026, 2, 24), D(2026, 8, 20)])
    c.contact("sgo_assessment_start", D(2026, 3, 2))
    c.contact("sgo_assessment_completed", D(2026, 6, 1))

    # 12. Care leaver: eligible, then former relevant; pathway plan reviewed in time.
    c = child("COL100112", D(2008, 5, 20), SW, "Hannah Brightwell",
              "Looked after since September 2024, eligible from November 2024 (pathway plan reviewed at her "
              "looked-after reviews), former relevant at 18 in May 2026 (pathway reviews): every review in time; "
              "the change of status does not restart the six months.")
    c.ep("cla", D(2024, 9, 2), D(2026, 5, 19))
    c.ep("care_leaver", D(2024, 11, 20), D(2026, 5, 19), tags="eligible")
    c.ep("care_leaver", D(2026, 5, 20), tags="former_relevant")
    visits(c, [D(2024, 9, 9), D(2024, 9, 16), D(2024, 9, 23), D(2024, 9, 30)], "placement")
    visits(c, series(D(2024, 11, 8), D(2026, 5, 15), ctx.day_step(40)), "placement")
    meetings(c, "cla_review", [D(2024, 9, 26), D(2024, 12, 12), D(2025, 6, 5), D(2025, 12, 2)])
    meetings(c, "pathway_review", [D(2026, 5, 28), D(2026, 11, 19)])

    # 13. Care leaver: pathway plan review late, then none.
    c = child("COL100113", D(2006, 2, 10), SW, "Hannah Brightwell",
              "Former relevant care leaver open since January 2025: second pathway review five days late, none "
              "since January 2026.")
    c.ep("care_leaver", D(2025, 1, 6), tags="former_relevant")
    meetings(c, "pathway_review", [D(2025, 7, 3), D(2026, 1, 8)])

    # 14. Early help, kept to time.
    c = child("COL100114", D(2015, 9, 9), EH, "Olivia Turnbull",
              "Early help from February 2026: first visit in three days, monthly visits, TAF meetings about every "
              "11 to 12 weeks.")
    c.ep("early_help", D(2026, 2, 16))
    c.contact("referral", D(2026, 2, 16), outcome="early_help")
    c.visit(D(2026, 2, 19), location="home")
    visits(c, series(D(2026, 3, 16), AS_OF, ctx.month_step(1)))
    meeting(c, "initial_taf", D(2026, 3, 12))
    meetings(c, "taf_review", [D(2026, 5, 28), D(2026, 8, 13), D(2026, 11, 5)])

    # 15. Early help drifting, then closed.
    c = child("COL100115", D(2013, 4, 2), EH, "Olivia Turnbull",
              "Early help October 2025 to June 2026: first visit on its tenth working day; January's visit 11 days "
              "late; in May a video call, then the visit six days late; the second TAF meeting two weeks late. "
              "Nothing is owed after the closure.")
    c.ep("early_help", D(2025, 10, 6), D(2026, 6, 30))
    c.close = D(2026, 6, 30)
    c.contact("referral", D(2025, 10, 6), outcome="early_help")
    visits(c, [D(2025, 10, 20), D(2025, 11, 17), D(2025, 12, 15), D(2026, 1, 26), D(2026, 2, 23), D(2026, 3, 20),
               D(2026, 4, 20), D(2026, 5, 26), D(2026, 6, 22)])
    c.visit(D(2026, 5, 18), location="virtual", lag=0)
    meeting(c, "initial_taf", D(2025, 11, 13))
    meetings(c, "taf_review", [D(2026, 2, 19), D(2026, 5, 7)])

    # 16. Private fostering assessed in time.
    c = child("COL100116", D(2011, 12, 1), SW, "Samuel Adeyemi",
              "Privately fostered by a family friend; notified 12 January 2026, assessment completed 6 March, "
              "within 45 working days.")
    c.ep("private_fostering", D(2026, 1, 12))
    c.contact("private_fostering_notification", D(2026, 1, 12))
    visits(c, [D(2026, 1, 16), D(2026, 2, 20), D(2026, 4, 2), D(2026, 5, 14), D(2026, 6, 25), D(2026, 8, 6),
               D(2026, 9, 17), D(2026, 10, 29)], "placement")
    c.contact("private_fostering_assessment", D(2026, 3, 6))

    # 17. Private fostering assessed late.
    c = child("COL100117", D(2010, 7, 7), SW, "Daniel Osei",
              "Privately fostered while his mother works abroad; notified 5 May 2026, assessment completed 14 July, "
              "four working days after the 45.")
    c.ep("private_fostering", D(2026, 5, 5))
    c.contact("private_fostering_notification", D(2026, 5, 5))
    visits(c, [D(2026, 5, 8), D(2026, 6, 19), D(2026, 7, 31), D(2026, 9, 11), D(2026, 10, 23)], "placement")
    c.contact("private_fostering_assessment", D(2026, 7, 14))

    # 18. Unaccompanied young person, age assessment in time.
    c = child("COL100118", D(2009, 1, 1), SW, "Hannah Brightwell",
              "Unaccompanied young person looked after from 9 March 2026; age assessment finished in 23 days (his "
              "stated age accepted); visits weekly over Easter then six-weekly; reviews on time.")
    c.ep("cla", D(2026, 3, 9))
    c.contact("age_assessment_start", D(2026, 3, 10))
    c.contact("age_assessment_completed", D(2026, 4, 2))
    visits(c, [D(2026, 3, 13), D(2026, 3, 20), D(2026, 3, 27), D(2026, 4, 2)], "placement")
    visits(c, series(D(2026, 5, 11), AS_OF, ctx.day_step(40)), "placement")
    meetings(c, "cla_review", [D(2026, 4, 7), D(2026, 7, 2)])

    # 19. Unaccompanied young person, age assessment late.
    c = child("COL100119", D(2008, 11, 30), SW, "Hannah Brightwell",
              "Unaccompanied young person looked after from 15 June 2026; age assessment finished three days after "
              "its 28 days; visits and reviews on time.")
    c.ep("cla", D(2026, 6, 15))
    c.contact("age_assessment_start", D(2026, 6, 16))
    c.contact("age_assessment_completed", D(2026, 7, 17))
    visits(c, [D(2026, 6, 22), D(2026, 6, 29), D(2026, 7, 6), D(2026, 7, 13)], "placement")
    visits(c, series(D(2026, 8, 21), AS_OF, ctx.day_step(40)), "placement")
    meetings(c, "cla_review", [D(2026, 7, 9), D(2026, 10, 8)])

    # 20. Early help, and a referral to social care that was not accepted.
    c = child("COL100120", D(2014, 3, 3), EH, "Olivia Turnbull",
              "Early help from April 2026, kept to time; a school's referral to social care in September 2026 did "
              "not meet the threshold (nfa): no first visit is owed for it.")
    c.ep("early_help", D(2026, 4, 13))
    c.contact("referral", D(2026, 4, 13), outcome="early_help")
    c.visit(D(2026, 4, 21), location="home")
    visits(c, series(D(2026, 5, 18), AS_OF, ctx.month_step(1)))
    meeting(c, "initial_taf", D(2026, 5, 14))
    meetings(c, "taf_review", [D(2026, 7, 30), D(2026, 10, 15)])
    c.contact("referral", D(2026, 9, 7), outcome="nfa")

    # 21. Case closed before anything fell due.
    c = child("COL100121", D(2014, 8, 25), SW, "Priya Raman",
              "Referral accepted 5 October 2026, assessment started; the family moved out of the City and the case "
              "closed on 9 October, before the first visit or the assessment fell due: nothing owed.")
    c.ep("cin", D(2026, 10, 5), D(2026, 10, 9))
    c.close = D(2026, 10, 9)
    c.contact("referral", D(2026, 10, 5), outcome="assessment")
    c.contact("assessment_start", D(2026, 10, 6))
    return kids
