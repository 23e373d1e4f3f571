"""Havering's sample children (standards/havering.yaml, sections 1-9: the
practice standards and the Children's Social Care recording table).

Every child is open to Havering Children's Social Care; its records carry no
`service` (blank = social_care). Unless a story says otherwise, the child's
chronology and case summary are updated about every 80 days, the genogram
about every 170 days, the case is discussed in supervision about every 38
days while a social care episode is open, visits are written up the next day
and every other record is recorded on its own day. A referral opens a `cin`
episode (the CIN census episode starts at the referral), so assessment work
falls inside an episode. All names are fictional.
"""

TEAMS = {
    "mash": "MASH and Assessment",
    "cin": "Children in Need Team",
    "cp": "Child Protection and Court Team",
    "cic": "Children in Care Team",
    "lc": "Leaving Care Team",
    "pf": "Private Fostering and Family Support",
    "adopt": "Adopt London East Permanence Team",
}


def build(ctx):
    D, add_wd, days = ctx.D, ctx.add_wd, ctx.days
    AS_OF = ctx.AS_OF
    kids = []

    def child(cid, dob, team, worker, story):
        c = ctx.Child(cid, dob, TEAMS[team], worker, story, int(cid[-4:]) + 7000)
        kids.append(c)
        return c

    def routine(c, start, end=None, supervise=True, sup_skip=(), chron_stop=None, geno=True, geno_stop=None,
                sup_first=None, summary_stop=None):
        """Chronology and case summary about every 80 days, genogram about every
        170, supervision about every 38 days, from `start` to `end` (or the audit date)."""
        end = end or AS_OF
        c.contact_series("chronology_update", ctx.wd_on_or_before(start + days(70)), chron_stop or end,
                         ctx.day_step(80))
        c.contact_series("case_summary", ctx.wd_on_or_before(start + days(75)), summary_stop or end,
                         ctx.day_step(80))
        if geno:
            c.contact_series("genogram", ctx.wd_on_or_before(start + days(150)), geno_stop or end,
                             ctx.day_step(170))
        if supervise:
            c.contact_series("supervision", sup_first or ctx.wd_on_or_before(start + days(30)), end,
                             ctx.day_step(38), skip=sup_skip)
        return c

    # 1. Referral, assessment and CIN plan, kept to time except the sign-off.
    c = child("HAV100101", D(2016, 9, 14), "mash", "Aisha Bello",
              "Referred 2 March 2026 for a single assessment: allocated next day, seen within 3 working days, "
              "manager's review at day 9, assessment authorised within 45 working days but 3 days after it "
              "was completed (48 hours: late); CIN planning meeting 8 working days later, CIN plan shared "
              "a week before each review, assessment reviewed at 6 months; everything else on time.")
    c.ep("cin", D(2026, 3, 2))
    c.contact("referral", D(2026, 3, 2), outcome="assessment")
    c.contact("allocation", D(2026, 3, 3), lag=1)
    c.contact("assessment_start", D(2026, 3, 3))
    c.visit(D(2026, 3, 5), location="home", alone="Y")
    c.contact("management_oversight", D(2026, 3, 13))
    c.contact("assessment_completed", D(2026, 4, 24))
    c.contact("assessment_authorised", D(2026, 4, 27), outcome="cin")
    c.review("cin_planning", D(2026, 5, 7), lag=2)
    c.contact("cin_plan", D(2026, 5, 8))
    c.contact("cin_plan", D(2026, 7, 27))
    c.review("cin_review", D(2026, 8, 3), lag=2)
    c.contact("assessment_review", D(2026, 10, 22))
    c.contact("group_supervision", D(2026, 6, 17), lag=2)
    c.visit_series(D(2026, 4, 2), AS_OF, ctx.wd_step(20), lag=(1, 2))
    routine(c, D(2026, 3, 2))

    # 2. Safeguarding referral, strategy, section 47 and a CP plan: several recording lapses.
    c = child("HAV100102", D(2019, 2, 3), "cp", "Declan Murphy",
              "Safeguarding referral Monday 8 June 2026 (strategy): allocated that day and seen on 10 June, a "
              "day after the 24 hours (late) but within first-visit's 3 working days; the strategy discussion "
              "written up 2 days later (late), the safety plan 3 days after it was made (48 hours: late); ICPC "
              "on working day 14 with the report shared 2 days before; ICPC decisions recorded 3 days later "
              "(late); CP plan from the ICPC; first review conference decisions a day late; the rest on time.")
    c.ep("cin", D(2026, 6, 8), D(2026, 6, 25))
    c.ep("cp", D(2026, 6, 26))
    c.contact("referral", D(2026, 6, 8), outcome="strategy")
    c.contact("allocation", D(2026, 6, 8))
    c.review("strategy", D(2026, 6, 8), lag=2, outcome="s47", minutes_date=D(2026, 6, 10))
    c.contact("s47_start", D(2026, 6, 8), outcome="icpc_required")
    c.contact("assessment_start", D(2026, 6, 8))
    c.visit(D(2026, 6, 10), location="school", alone="Y")
    c.contact("safety_plan", D(2026, 6, 12), lag=3)
    c.contact("management_oversight", D(2026, 6, 19))
    c.contact("conference_report_shared", D(2026, 6, 24))
    c.contact("assessment_completed", D(2026, 6, 24))
    c.contact("assessment_authorised", D(2026, 6, 25))
    c.review("icpc", D(2026, 6, 26), lag=3, minutes_date=D(2026, 7, 10))
    c.contact("cp_plan", D(2026, 6, 29))
    c.review("core_group", D(2026, 7, 9), lag=4)
    c.contact("conference_report_shared", D(2026, 9, 18))
    c.review("rcpc", D(2026, 9, 25), lag=2, minutes_date=D(2026, 10, 9))
    c.contact("assessment_review", D(2026, 11, 20))
    c.visit_series(D(2026, 6, 19), AS_OF, ctx.wd_step(9), lag=(1, 2))
    routine(c, D(2026, 6, 8))

    # 3. Safeguarding referral where the enquiry ran late.
    c = child("HAV100103", D(2013, 5, 21), "cp", "Declan Murphy",
              "Safeguarding referral Tuesday 3 February 2026, recorded 2 days later (24 hours: late), seen the "
              "next day; section 47 decision recorded 2 days after it was made (late); the safety plan "
              "made only after the conference (none before it: missing); ICPC on working day 17 (late) with "
              "the report shared on the day (late); CP plan from the ICPC, review conference report shared "
              "5 working days before; the first core group minutes written up 6 working days after (late).")
    c.ep("cin", D(2026, 2, 3), D(2026, 2, 25))
    c.ep("cp", D(2026, 2, 26))
    c.contact("referral", D(2026, 2, 3), lag=2, outcome="strategy")
    c.contact("allocation", D(2026, 2, 3))
    c.review("strategy", D(2026, 2, 3), lag=0, outcome="s47", minutes_date=D(2026, 2, 4))
    c.contact("s47_start", D(2026, 2, 3), lag=2, outcome="icpc_required")
    c.contact("assessment_start", D(2026, 2, 3))
    c.visit(D(2026, 2, 4), location="home", alone="Y")
    c.contact("management_oversight", D(2026, 2, 13))
    c.contact("assessment_completed", D(2026, 2, 24))
    c.contact("assessment_authorised", D(2026, 2, 25))
    c.contact("conference_report_shared", D(2026, 2, 26))
    c.review("icpc", D(2026, 2, 26), lag=1, minutes_date=D(2026, 3, 12))
    c.contact("safety_plan", D(2026, 2, 27))
    c.review("core_group", D(2026, 3, 12), lag=8)
    c.contact("conference_report_shared", D(2026, 5, 14))
    c.review("rcpc", D(2026, 5, 21), lag=1, minutes_date=D(2026, 6, 4))
    c.contact("assessment_review", D(2026, 8, 20))
    c.contact("conference_report_shared", D(2026, 11, 12))
    c.review("rcpc", D(2026, 11, 19), lag=1, minutes_date=D(2026, 11, 20))
    c.visit_series(D(2026, 2, 16), AS_OF, ctx.wd_step(9), lag=(1, 2))
    routine(c, D(2026, 2, 3))

    # 4. Referral for assessment that drifted, then a CIN plan with lapses.
    c = child("HAV100104", D(2011, 11, 30), "cin", "Priya Sandhu",
              "Referred Monday 12 January 2026 for assessment, allocated 2 days later (24 hours: late), seen "
              "on working day 4 after allocation (late); the manager's first review on working day 12 (late); "
              "assessment authorised at 50 working days (late); CIN planning meeting 12 working days later "
              "(late); the plan agreed in April stood 5 days before the first review (met), but before the "
              "second review it was updated only 2 days ahead (late); supervision lapsed for 10 weeks "
              "in the summer (late); no genogram recorded (missing, due 6 months after the case opened); chronology not updated since "
              "June (missing).")
    c.ep("cin", D(2026, 1, 12))
    c.contact("referral", D(2026, 1, 12), outcome="assessment")
    c.contact("allocation", D(2026, 1, 14))
    c.contact("assessment_start", D(2026, 1, 14))
    c.visit(D(2026, 1, 20), location="home", alone="N")
    c.contact("assessment_review", D(2026, 1, 30))
    c.contact("assessment_completed", D(2026, 3, 20))
    c.contact("assessment_authorised", D(2026, 3, 23), outcome="cin")
    c.review("cin_planning", D(2026, 4, 13), lag=1)
    c.contact("cin_plan", D(2026, 4, 14))
    c.contact("cin_plan", D(2026, 7, 6))
    c.review("cin_review", D(2026, 7, 9), lag=1)
    c.contact("assessment_review", D(2026, 9, 21))
    c.contact("cin_plan", D(2026, 10, 6))
    c.review("cin_review", D(2026, 10, 8), lag=1)
    c.visit_series(D(2026, 2, 16), AS_OF, ctx.wd_step(20), lag=(1, 2))
    routine(c, D(2026, 1, 12), sup_skip=[(D(2026, 6, 15), D(2026, 8, 24))], chron_stop=D(2026, 6, 30),
            geno=False)

    # 5. CIN case moved between workers; slow recording.
    c = child("HAV100105", D(2014, 4, 8), "cin", "Tomasz Nowak",
              "CIN plan since November 2025, reallocated twice: after the March move the child was seen on "
              "working day 6 (late), after the September move on working day 3 (met); a visit written up 4 "
              "days later, a case note 5 days later, a supervision 4 days later, a group supervision 6 "
              "working days later and a manager's decision 2 days later (all late); the transfer summary "
              "recorded 4 working days after (late, the 3-working-day default).")
    c.ep("cin", D(2025, 11, 3))
    c.contact("team_transfer", D(2026, 3, 9))
    c.contact("transfer_summary", D(2026, 3, 9), lag=4)
    c.visit(D(2026, 3, 17), location="home", alone="Y")
    c.contact("team_transfer", D(2026, 9, 7))
    c.contact("transfer_summary", D(2026, 9, 7), lag=1)
    c.visit(D(2026, 9, 10), location="home", alone="Y")
    c.visit(D(2026, 5, 13), lag=4, location="home", alone="Y")
    c.contact("case_note", D(2026, 6, 10), lag=5)
    c.contact("case_note", D(2026, 7, 8), lag=1)
    c.contact("management_oversight", D(2026, 7, 15), lag=2)
    c.contact("management_oversight", D(2026, 10, 14), lag=1)
    c.contact("group_supervision", D(2026, 8, 5), lag=9)
    c.contact("supervision", D(2026, 10, 1), lag=4)
    c.visit_series(D(2025, 11, 20), D(2026, 3, 6), ctx.wd_step(20), lag=(1, 2))
    c.visit_series(D(2026, 4, 14), D(2026, 9, 4), ctx.wd_step(25), lag=(1,))
    c.visit_series(D(2026, 10, 8), AS_OF, ctx.wd_step(20), lag=(1, 2))
    routine(c, D(2025, 11, 3), sup_first=D(2025, 12, 3))

    # 6. Newly looked after: planning and health, mostly on time.
    c = child("HAV100106", D(2015, 1, 19), "cic", "Grace Adeyemi",
              "Looked after since Monday 2 February 2026 (placement planning meeting 3 February): care plan on "
              "working day 8; placement plan 7 working days after the meeting (late); health assessment "
              "request on working day 7 (late), the initial health assessment 12 working days after it; first "
              "review: report shared the day before, care plan updated 3 working days after, decisions "
              "recorded 7 working days after (late), full record in 12; second review: report shared on the "
              "day (late), care plan updated 6 working days after (late), full record in 16 working days "
              "(late); an IRO escalation concluded in 18 working days.")
    c.ep("cla", D(2026, 2, 2))
    c.review("placement_planning", D(2026, 2, 3), lag=1)
    c.contact("placement_plan", D(2026, 2, 12))
    c.contact("care_plan", D(2026, 2, 12))
    c.contact("health_assessment_request", D(2026, 2, 11))
    c.contact("health_assessment", D(2026, 2, 27))
    c.visit(D(2026, 2, 6), location="placement", alone="Y")
    c.contact("cla_review_report_shared", D(2026, 2, 26))
    c.review("cla_review", D(2026, 2, 27), lag=11, minutes_date=D(2026, 3, 17))
    c.contact("care_plan", D(2026, 3, 4))
    c.contact("cla_review_report_shared", D(2026, 5, 21))
    c.review("cla_review", D(2026, 5, 21), lag=4, minutes_date=D(2026, 6, 15))
    c.contact("care_plan", D(2026, 6, 1))
    c.contact("escalation", D(2026, 6, 1))
    c.contact("escalation_resolved", D(2026, 6, 25))
    c.contact("cla_review_report_shared", D(2026, 11, 12))
    c.review("cla_review", D(2026, 11, 17), lag=2, minutes_date=D(2026, 11, 20))
    c.contact("care_plan", D(2026, 11, 19))
    c.visit_series(D(2026, 3, 16), AS_OF, ctx.day_step(40), lag=(1, 2), location="placement")
    routine(c, D(2026, 2, 2))

    # 7. Looked after for years: health, pathway plan, a missing episode.
    c = child("HAV100107", D(2010, 12, 10), "cic", "Grace Adeyemi",
              "Looked after since 2022; 15 years 9 months on 10 September 2026 with the pathway plan in place "
              "on 1 September; review health assessments a year apart; refused one health discussion "
              "recorded in 3 working days; missing 3 to 5 August 2026, the return interview offered the next "
              "day, held on 10 August and written up 2 days later; an escalation concluded at 23 working days "
              "(late).")
    c.ep("cla", D(2022, 9, 5))
    c.open = D(2022, 9, 5)
    c.contact("care_plan", D(2022, 9, 15))
    c.contact("health_assessment_request", D(2022, 9, 9))
    for d in (D(2022, 9, 28), D(2023, 9, 21), D(2024, 9, 19), D(2025, 9, 18), D(2026, 9, 10)):
        c.contact("health_assessment", d)
    c.contact("health_refusal", D(2025, 9, 11), lag=3)
    c.contact("pathway_plan", D(2026, 9, 1))
    c.contact("missing_return", D(2026, 8, 5))
    c.contact("return_interview_offered", D(2026, 8, 6))
    c.contact("return_interview", D(2026, 8, 10), lag=2)
    c.contact("escalation", D(2026, 3, 2))
    c.contact("escalation_resolved", D(2026, 4, 2))
    c.visit_series(D(2022, 9, 9), AS_OF, ctx.day_step(40), lag=(1, 2), location="placement")
    routine(c, D(2022, 9, 5))

    # 8. Looked after, then a care leaver: pathway plan late and not reviewed, health lapsed.
    c = child("HAV100108", D(2008, 10, 27), "lc", "Samuel Okoro",
              "Looked after from 2023 until his 18th birthday (27 October 2026), then a care leaver: his "
              "pathway plan was made 3 weeks after he turned 15 years 9 months (late) and not reviewed since "
              "(missing at 6 months); the review health assessment a year after the last was not done "
              "(missing); he refused a health discussion recorded 7 working days after (late); missing "
              "14 to 17 July 2026 (Friday return), interview first offered the next Tuesday (late), held "
              "the next day and written up 4 days later (late); his placement plan was written 4 working "
              "days after the placement planning meeting.")
    c.ep("cla", D(2023, 3, 6), D(2026, 10, 26))
    c.ep("care_leaver", D(2026, 10, 27), tags="relevant")
    c.open = D(2023, 3, 6)
    c.contact("care_plan", D(2023, 3, 10))
    c.review("placement_planning", D(2023, 3, 6), lag=1)
    c.contact("placement_plan", D(2023, 3, 10))
    c.contact("health_assessment_request", D(2023, 3, 9))
    c.contact("health_assessment", D(2023, 3, 29))
    c.contact("health_assessment", D(2024, 3, 22))
    c.contact("health_assessment", D(2025, 3, 14))
    c.contact("health_refusal", D(2026, 3, 16), lag=9)
    c.contact("pathway_plan", D(2024, 8, 16))
    c.contact("missing_return", D(2026, 7, 17))
    c.contact("return_interview_offered", D(2026, 7, 21))
    c.contact("return_interview", D(2026, 7, 22), lag=4)
    c.visit_series(D(2023, 3, 10), D(2026, 10, 23), ctx.day_step(40), lag=(1, 2), location="placement")
    c.visit_series(D(2026, 11, 2), AS_OF, ctx.day_step(14), lag=(1,), location="other", vtype="pa")
    routine(c, D(2023, 3, 6))

    # 9. Pre-proceedings and care proceedings: mixed recording.
    c = child("HAV100109", D(2021, 7, 2), "cp", "Hannah Clarke",
              "CP plan since January 2026, then pre-proceedings and proceedings: legal planning meeting "
              "written up in 5 working days (late); pre-proceedings letter uploaded the next working day, "
              "meeting recorded in 2 working days; letter of intent uploaded 2 working days later (late); "
              "social work evidence 16 days after the decision to issue (late); court order on the system "
              "in 2 working days; the expert assessment in 5 working days (late); the October review "
              "conference's full record in 16 working days (late); the case summary not updated since June "
              "(missing).")
    c.ep("cin", D(2026, 1, 5), D(2026, 1, 18))
    c.ep("cp", D(2026, 1, 19))
    c.contact("conference_report_shared", D(2026, 1, 16))
    c.review("icpc", D(2026, 1, 19), lag=1, minutes_date=D(2026, 2, 2))
    c.contact("safety_plan", D(2026, 1, 9))
    c.review("legal_planning", D(2026, 3, 10), lag=7)
    c.contact("pre_proceedings_letter", D(2026, 3, 13), lag=3)
    c.review("pre_proceedings_meeting", D(2026, 3, 24), lag=2)
    c.contact("letter_of_intent", D(2026, 6, 2), lag=2)
    c.contact("proceedings_decision", D(2026, 6, 1))
    c.contact("social_work_evidence", D(2026, 6, 17))
    c.contact("court_order_received", D(2026, 6, 19), lag=4)
    c.contact("expert_assessment_received", D(2026, 8, 10), lag=7)
    c.contact("conference_report_shared", D(2026, 4, 9))
    c.review("rcpc", D(2026, 4, 16), lag=1, minutes_date=D(2026, 4, 30))
    c.contact("conference_report_shared", D(2026, 10, 8))
    c.review("rcpc", D(2026, 10, 15), lag=1, minutes_date=D(2026, 11, 6))
    c.visit_series(D(2026, 1, 26), AS_OF, ctx.wd_step(9), lag=(1, 2))
    routine(c, D(2026, 1, 5), summary_stop=D(2026, 6, 30))

    # 10. Pre-proceedings on another child: the opposite lapses.
    c = child("HAV100110", D(2020, 3, 15), "cp", "Hannah Clarke",
              "CP plan since December 2025, then pre-proceedings and proceedings: legal planning meeting "
              "recorded in 3 working days; pre-proceedings letter uploaded 2 working days after it was sent "
              "(late) and the meeting recorded in 4 (late); letter of intent the next working day; social "
              "work evidence in 14 days; a court order on the system 3 working days after receipt (late); "
              "the expert assessment in 3 working days; the report for the August review conference shared 3 "
              "working days before it (late).")
    c.ep("cin", D(2025, 11, 24), D(2025, 11, 30))
    c.ep("cp", D(2025, 12, 1))
    c.contact("conference_report_shared", D(2025, 11, 28))
    c.review("icpc", D(2025, 12, 1), lag=1, minutes_date=D(2025, 12, 15))
    c.contact("safety_plan", D(2025, 11, 27))
    c.review("legal_planning", D(2026, 2, 10), lag=2)
    c.contact("pre_proceedings_letter", D(2026, 2, 13), lag=4)
    c.review("pre_proceedings_meeting", D(2026, 2, 26), lag=6)
    c.contact("letter_of_intent", D(2026, 5, 8), lag=3)
    c.contact("proceedings_decision", D(2026, 5, 7))
    c.contact("social_work_evidence", D(2026, 5, 21))
    c.contact("court_order_received", D(2026, 5, 22), lag=6)
    c.contact("expert_assessment_received", D(2026, 7, 15), lag=5)
    c.contact("conference_report_shared", D(2026, 2, 19))
    c.review("rcpc", D(2026, 2, 26), lag=1, minutes_date=D(2026, 3, 12))
    c.contact("conference_report_shared", D(2026, 8, 24))
    c.review("rcpc", D(2026, 8, 27), lag=1, minutes_date=D(2026, 9, 10))
    c.visit_series(D(2025, 12, 8), AS_OF, ctx.wd_step(9), lag=(1, 2))
    routine(c, D(2025, 11, 24))

    # 11. Private fostering: notified after the arrangement began; a late visit.
    c = child("HAV100111", D(2010, 6, 12), "pf", "Olivia Mensah",
              "Privately fostered by an aunt since 2 March 2026; notified 9 March (later, so the first visit "
              "is counted from it) and the notification recorded 2 days later (late); seen 13 March (within "
              "a week), then six-weekly, one visit 3 days late in the summer; assessment completed in 29 "
              "working days.")
    c.ep("private_fostering", D(2026, 3, 2))
    c.contact("private_fostering_notification", D(2026, 3, 9), lag=2)
    c.contact("private_fostering_assessment", D(2026, 4, 21))
    c.visit(D(2026, 3, 13), location="home", alone="Y")
    c.visit(D(2026, 4, 24), location="home", alone="Y")
    c.visit(D(2026, 6, 5), location="home", alone="Y")
    c.visit(D(2026, 7, 20), location="home", alone="Y")
    c.visit(D(2026, 8, 28), location="home", alone="Y")
    c.visit(D(2026, 10, 9), location="home", alone="Y")
    c.visit(D(2026, 11, 13), location="home", alone="Y")
    routine(c, D(2026, 3, 2))

    # 12. Private fostering: visits on time, assessment late.
    c = child("HAV100112", D(2009, 1, 28), "pf", "Olivia Mensah",
              "Privately fostered by a family friend since 5 May 2026, notified the same day and recorded "
              "the next; seen within the week and six-weekly after (one visit by video does not count, the "
              "worker saw her at home 2 days later, still in time); assessment completed at 37 working days "
              "(late).")
    c.ep("private_fostering", D(2026, 5, 5))
    c.contact("private_fostering_notification", D(2026, 5, 5), lag=1)
    c.contact("private_fostering_assessment", D(2026, 6, 26))
    c.visit(D(2026, 5, 8), location="home", alone="Y")
    c.visit(D(2026, 6, 15), location="virtual", alone="N")
    c.visit(D(2026, 6, 17), location="home", alone="Y")
    c.visit(D(2026, 7, 24), location="home", alone="Y")
    c.visit(D(2026, 9, 1), location="home", alone="Y")
    c.visit(D(2026, 10, 12), location="home", alone="Y")
    c.visit(D(2026, 11, 16), location="home", alone="Y")
    routine(c, D(2026, 5, 5))

    # 13. Adopted: life story book on time, later life letter late.
    c = child("HAV100113", D(2022, 4, 4), "adopt", "Rebecca Hale",
              "Looked after from 2024 and adopted (order 20 April 2026), open for adoption support as a child "
              "in need: the life story book handed over 9 working days after the celebration hearing on "
              "14 May, the later life letter at 13 working days (late); the case closed on 29 October 2026 "
              "with the closure agreed on 26 October and the closure summary on 28 October.")
    c.ep("cla", D(2024, 6, 3), D(2026, 4, 20))
    c.ep("cin", D(2026, 4, 21), D(2026, 10, 29))
    c.open = D(2024, 6, 3)
    c.close = D(2026, 10, 29)
    c.contact("care_plan", D(2024, 6, 12))
    c.contact("health_assessment_request", D(2024, 6, 7))
    c.contact("health_assessment", D(2024, 6, 24))
    c.contact("health_assessment", D(2024, 12, 9))
    c.contact("health_assessment", D(2025, 6, 9))
    c.contact("health_assessment", D(2025, 12, 8))
    c.contact("adoption_ceremony", D(2026, 5, 14))
    c.contact("life_story_book", D(2026, 5, 28))
    c.contact("later_life_letter", D(2026, 6, 3))
    c.contact("closure_agreed", D(2026, 10, 26))
    c.contact("closure_summary", D(2026, 10, 28))
    c.visit_series(D(2024, 6, 7), D(2026, 10, 27), ctx.day_step(40), lag=(1, 2), location="placement")
    routine(c, D(2024, 6, 3), end=D(2026, 10, 28))

    # 14. Adopted sibling: later life letter on time, life story book late; closure summary late.
    c = child("HAV100114", D(2023, 8, 19), "adopt", "Rebecca Hale",
              "Younger sibling of HAV100113, looked after with her from 3 June 2024: care plan on working day "
              "12 (late), initial health assessment 16 working days after the request (late); adopted with her: later life letter handed over 9 working days "
              "after the celebration hearing, the life story book at 14 working days (late); closure agreed "
              "26 October, closure summary 4 working days later (late); case closed 2 November 2026.")
    c.ep("cla", D(2024, 6, 3), D(2026, 4, 20))
    c.ep("cin", D(2026, 4, 21), D(2026, 11, 2))
    c.open = D(2024, 6, 3)
    c.close = D(2026, 11, 2)
    c.contact("care_plan", D(2024, 6, 19))
    c.contact("health_assessment_request", D(2024, 6, 7))
    c.contact("health_assessment", D(2024, 7, 1))
    c.contact("health_assessment", D(2024, 12, 9))
    c.contact("health_assessment", D(2025, 6, 9))
    c.contact("health_assessment", D(2025, 12, 8))
    c.contact("adoption_ceremony", D(2026, 5, 14))
    c.contact("later_life_letter", D(2026, 5, 28))
    c.contact("life_story_book", D(2026, 6, 4))
    c.contact("closure_agreed", D(2026, 10, 26))
    c.contact("closure_summary", D(2026, 10, 30))
    c.visit_series(D(2024, 6, 7), D(2026, 10, 30), ctx.day_step(40), lag=(1, 2), location="placement")
    routine(c, D(2024, 6, 3), end=D(2026, 10, 30))

    # 15. Referral closed with no further action, and one passed to early help: nothing owed.
    c = child("HAV100115", D(2012, 2, 9), "mash", "Aisha Bello",
              "Open on a CIN plan since September 2025 after an assessment authorised 3 October 2025; that "
              "assessment was not reviewed until the updated one completed on 8 July 2026 (6 months: late); "
              "two new referrals in 2026, one closed NFA and one passed to early help, owe no allocation, "
              "visit or assessment; the June 2026 assessment was authorised with no further action, so no "
              "CIN planning meeting is owed; everything else on time.")
    c.ep("cin", D(2025, 9, 1))
    c.contact("assessment_start", D(2025, 9, 1))
    c.contact("management_oversight", D(2025, 9, 11))
    c.contact("assessment_completed", D(2025, 10, 2))
    c.contact("assessment_authorised", D(2025, 10, 3), outcome="cin")
    c.review("cin_planning", D(2025, 10, 10), lag=1)
    c.contact("referral", D(2026, 2, 16), outcome="nfa")
    c.contact("referral", D(2026, 5, 18), outcome="early_help")
    c.contact("assessment_start", D(2026, 6, 1))
    c.contact("management_oversight", D(2026, 6, 12))
    c.contact("assessment_completed", D(2026, 7, 8))
    c.contact("assessment_authorised", D(2026, 7, 10), outcome="nfa")
    c.contact("assessment_review", D(2027 - 1, 11, 20))
    c.visit_series(D(2025, 9, 15), AS_OF, ctx.wd_step(20), lag=(1, 2))
    routine(c, D(2025, 9, 1))

    return kids
