"""Shropshire Council Family Hubs (early help) sample children, SHR1001xx.

Each child follows one early help path (a request for intervention into a
Family Hub, allocation to a Family Support Worker, contacts, visits, Family
Meetings, plan, supervision, closure), kept to every timescale of
standards/shropshire.yaml except where its story says otherwise. The
breaches they give at 2026-11-23 are in tests/standards/shropshire.samples.txt.
"""

TEAMS = {
    "shr": "Shrewsbury Family Hub",
    "osw": "Oswestry Family Hub",
    "lud": "Ludlow Family Hub",
    "mkd": "Market Drayton Family Hub",
    "par": "Shropshire Parenting Team",
}


def build(ctx):
    D, add_wd, days = ctx.D, ctx.add_wd, ctx.days
    back = ctx.wd_on_or_before
    kids = []

    def child(cid, dob, team, worker, story):
        c = ctx.Child(cid, dob, TEAMS[team], worker, story, int(cid[-4:]))
        kids.append(c)
        return c

    def path(c, rfi, end=None, tags="", skip=(), change=None, parenting=False):
        """A compliant early help path from the request `rfi`; `skip` drops
        named steps, `change` moves them: {step: date}."""
        ch = change or {}
        stop = end or ctx.AS_OF

        def at(step, d):
            return ch.get(step, d)

        c.ep("early_help", rfi, end, tags)
        c.contact("rfi_received", rfi)
        if "decision" not in skip:
            c.contact("rfi_decision", at("decision", add_wd(rfi, 3)), outcome="early_help")
        a = at("allocation", add_wd(rfi, 4))
        c.contact("allocation", a)
        if parenting:
            ref = at("referrer", add_wd(a, 2))
            c.contact("referrer_contact", ref)
            fam = at("family", add_wd(ref, 2))
        else:
            if "referrer" not in skip:
                c.contact("referrer_contact", at("referrer", add_wd(a, 1)))
            fam = at("family", add_wd(a, 2))
            if "network" not in skip:
                c.contact("professional_contact", at("network", add_wd(fam, 2)))
        c.contact("family_contact", fam)
        lower = "lower_need" in tags
        if not lower:
            if "recommendations" not in skip:
                c.contact("plan_recommendations", at("recommendations", add_wd(a, 3)))
            if "chronology" not in skip:
                c.contact("chronology_update", at("chronology", add_wd(a, 5)))
        # visits: the first a week after allocation, then every 25 days
        v = at("first_visit", back(a + days(7)))
        gap = ch.get("visit_gap")
        while v <= stop:
            if gap and gap[0] <= v < gap[1]:
                if len(gap) > 2:
                    c.visit(v, lag=1, location="virtual", alone="N")
                v = gap[1]
                continue
            c.visit(v, lag=c.rng.choice((0, 1, 1, 2)), location="home", alone=c.rng.choice("YN"))
            v = back(v + days(25))
        if not lower:
            if "first_review" not in skip:
                c.contact("assessment_review", at("first_review", back(a + days(30))))
            r = back(at("first_review", a + days(30)) + days(150))
            while r <= stop and "reviews" not in skip:
                c.contact("assessment_review", r)
                r = back(r + days(150))
            if "first_plan" not in skip:
                c.contact("early_help_plan", at("first_plan", back(a + days(33))))
            m = at("first_meeting", back(a + days(35)))
            i = 0
            while m <= stop:
                c.review("family_meeting" if i == 0 else "taf_review", m, lag=2)
                if f"update{i}" not in skip and add_wd(m, 3) <= stop:
                    c.contact("early_help_plan", at(f"update{i}", add_wd(m, 3)))
                if f"shared{i}" not in skip and m + days(7) <= stop:
                    c.contact("early_help_plan_shared", at(f"shared{i}", back(m + days(7))))
                m = back(m + days(ch.get("meeting_every", 80)))
                i += 1
        s = back(a + days(40))
        sup_every = ch.get("sup_every", 50)
        while s <= stop:
            if s not in ch.get("sup_skip", ()):
                c.contact("supervision", s, lag=ch.get("sup_lag", {}).get(s, 2))
            s = back(s + days(sup_every))
        f = back(a + days(60))
        while f <= stop and f <= ch.get("forms_until", ctx.AS_OF):
            c.contact("supervision_form", f, lag=1)
            f = back(f + days(100))
        if end and "closure" not in skip:
            if "agreed" not in skip:
                c.contact("closure_agreed", at("agreed", back(end - days(14))))
            if "summary" not in skip:
                c.contact("closure_summary", at("summary", back(end - days(5))))
        return a

    # 1. Everything on time, still open.
    c = child("SHR100101", D(2017, 6, 14), "shr", "Hannah Pryce",
              "Request from school in March 2026, allocated four working days later; every contact, visit, "
              "meeting, plan and supervision on time; still open, next items pending.")
    path(c, D(2026, 3, 2))

    # 2. Everything on time, closed.
    c = child("SHR100102", D(2014, 2, 3), "osw", "Gareth Lloyd",
              "Allocated in September 2025, worked to every timescale and closed in June 2026 with the "
              "manager's agreement two weeks before and the closure summary written.")
    c.close = D(2026, 6, 30)
    path(c, D(2025, 9, 1), end=D(2026, 6, 30))

    # 3. Declined request, referrer told late.
    c = child("SHR100103", D(2019, 11, 20), "lud", "Megan Bowen",
              "Request from the health visitor on 2 February 2026, decided within three working days as not "
              "meeting the threshold (nfa); the health visitor was told 16 days after the decision (due in 2 "
              "weeks: late). No worker was allocated, so no closure work is owed.")
    c.ep("early_help", D(2026, 2, 2), D(2026, 2, 20))
    c.close = D(2026, 2, 20)
    c.contact("rfi_received", D(2026, 2, 2))
    c.contact("rfi_decision", D(2026, 2, 4), outcome="nfa")
    c.contact("referrer_contact", D(2026, 2, 20))

    # 4. Request decided late, passed on, referrer told in time.
    c = child("SHR100104", D(2012, 8, 9), "mkd", "Owen Hughes",
              "Request received Monday 30 March 2026; the manager decided on 9 April (6 working days over "
              "Easter: late) to pass it to the school nursing service; the referrer was told 7 days later (on time) and "
              "the case closed on EHM on 24 April.")
    c.ep("early_help", D(2026, 3, 30), D(2026, 4, 24))
    c.close = D(2026, 4, 24)
    c.contact("rfi_received", D(2026, 3, 30))
    c.contact("rfi_decision", D(2026, 4, 9), outcome="passed_on")
    c.contact("referrer_contact", D(2026, 4, 16))

    # 5. Parenting team: referrer contacted late, parent in time after that.
    c = child("SHR100105", D(2016, 1, 28), "par", "Rachel Edwards",
              "Parenting team, allocated 11 May 2026; the referrer was first contacted 7 working days later "
              "(late), the parent two working days after that (on time), at a first home visit the same day.")
    a = add_wd(D(2026, 5, 5), 4)
    ref = add_wd(a, 7)
    path(c, D(2026, 5, 5), tags="parenting_team", parenting=True,
         change={"referrer": ref, "first_visit": add_wd(ref, 2)})

    # 6. Parenting team: referrer in time, parent late.
    c = child("SHR100106", D(2015, 9, 2), "par", "Rachel Edwards",
              "Parenting team, allocated June 2026; the referrer contacted two working days after allocation, "
              "the parent only eight working days after the referrer (due in 5: late), at a first home visit "
              "made on the last day of its 2 weeks (on time).")
    a = add_wd(D(2026, 6, 1), 4)
    path(c, D(2026, 6, 1), tags="parenting_team", parenting=True,
         change={"family": add_wd(add_wd(a, 2), 8), "first_visit": add_wd(add_wd(a, 2), 8)})

    # 7. Slow start: family contacted late, referrer after the work began, no network contact.
    c = child("SHR100107", D(2013, 4, 17), "shr", "Tom Jenkins",
              "Allocated 20 July 2026 to a worker on leave: the family was first contacted 7 working days "
              "later (late), the referrer only the day after that (after the work began: late), and no "
              "professional in the network was ever contacted (missing). The first visit followed at once.")
    a = add_wd(D(2026, 7, 14), 4)
    fam = add_wd(a, 7)
    path(c, D(2026, 7, 14), skip=("network",),
         change={"family": fam, "referrer": add_wd(fam, 1), "first_visit": add_wd(fam, 1)})

    # 8. Visits: first visit late; a video call in place of a visit.
    c = child("SHR100108", D(2018, 3, 11), "osw", "Sian Morgan",
              "Allocated January 2026; the first home visit 17 days after allocation (due in 2 weeks: late); "
              "in May the family were seen only by video call for six weeks, which is not a visit, so the "
              "visit after it was late.")
    a = add_wd(D(2026, 1, 5), 4)
    path(c, D(2026, 1, 5), change={"first_visit": a + days(17),
                                   "visit_gap": (D(2026, 5, 1), D(2026, 6, 15), "virtual")})

    # 9. First Family Meeting late, and nothing ready for it; later plan work late.
    c = child("SHR100109", D(2011, 12, 1), "lud", "Alys Price",
              "Allocated February 2026; the first Family Meeting was held 50 days after allocation (due in 6 "
              "weeks: late), with no plan, assessment review or chronology before it: the plan and the "
              "review followed two working days later, the chronology on 7 April (all late). After the second "
              "meeting the plan was updated in 7 working days (late) and not circulated until after the third "
              "meeting (late).")
    a = add_wd(D(2026, 2, 2), 4)
    m = back(a + days(50))
    path(c, D(2026, 2, 2), skip=("shared1",),
         change={"first_meeting": m, "first_plan": add_wd(m, 2), "first_review": add_wd(m, 2),
                 "chronology": add_wd(m, 5), "update1": add_wd(back(m + days(80)), 7)})

    # 10. Initial recommendations late; six-monthly assessment review missed.
    c = child("SHR100110", D(2010, 5, 25), "mkd", "Dewi Roberts",
              "Allocated November 2025; initial recommendations recorded 8 working days after allocation "
              "(late); the assessment was reviewed before the first meeting but never again (the six-monthly "
              "review missing since June 2026).")
    a = add_wd(D(2025, 11, 3), 4)
    path(c, D(2025, 11, 3), skip=("reviews",), change={"recommendations": add_wd(a, 8)})

    # 11. Supervision lapses.
    c = child("SHR100111", D(2016, 10, 30), "shr", "Hannah Pryce",
              "Allocated April 2026; the September case supervision skipped, so the next, in October, was "
              "late, and that one was written up 9 working days after the session (late), and no full supervision form since "
              "June (missing).")
    a = add_wd(D(2026, 4, 13), 4)
    s = [back(a + days(40))]
    for _ in range(6):
        s.append(back(s[-1] + days(50)))
    path(c, D(2026, 4, 13), change={"sup_skip": (s[2],), "sup_lag": {s[3]: 13},
                                    "forms_until": D(2026, 7, 1)})

    # 12. Closed late on EHM and the summary written after the step-up.
    c = child("SHR100112", D(2012, 7, 7), "osw", "Gareth Lloyd",
              "Early help from October 2025; the manager agreed closure on 16 March 2026 but the episode was "
              "only closed on EHM on 30 April (45 days: late), when the child was stepped up to a CIN plan; "
              "the closure summary was written the next working day, in the CIN episode (late).")
    c.ep("cin", D(2026, 5, 1))
    c.contact("closure_summary", D(2026, 5, 1))
    path(c, D(2025, 10, 6), end=D(2026, 4, 30), skip=("summary",), change={"agreed": D(2026, 3, 16)})

    # 13. Closure agreed in September, still open.
    c = child("SHR100113", D(2014, 12, 12), "lud", "Megan Bowen",
              "Allocated December 2025; closure agreed with the manager on 7 September 2026 (closure "
              "summary written the next week) but the case is still open on EHM at the audit date: the 4 "
              "weeks ran out on 5 October (missing).")
    path(c, D(2025, 12, 1))
    c.contact("closure_agreed", D(2026, 9, 7))
    c.contact("closure_summary", D(2026, 9, 14))

    # 14. Below Tier 3: no plan or meetings owed; one visit written up late.
    c = child("SHR100114", D(2019, 4, 4), "mkd", "Owen Hughes",
              "Family supported below Tier 3 (lower_need) from May 2026: no whole family assessment, plan, "
              "meetings or chronology are owed; visits and supervision kept to time, but the September "
              "visit was written up 8 working days later (late).")
    path(c, D(2026, 5, 11), tags="lower_need")
    late = [v for v in c.visits if v["date"] >= D(2026, 9, 1)][0]
    late["recorded"] = add_wd(late["date"], 8)

    # 15. Closed without the manager's agreement.
    c = child("SHR100115", D(2013, 2, 19), "shr", "Tom Jenkins",
              "Allocated January 2026 and closed on 29 May 2026 with a closure summary but no recorded "
              "agreement from the Early Help manager (missing).")
    c.close = D(2026, 5, 29)
    path(c, D(2026, 1, 12), end=D(2026, 5, 29), skip=("agreed",))

    return kids
