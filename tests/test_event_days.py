"""The day of a story's main event across reports, however each report attaches it.

The sentences are written for these tests: a weekday after a place name, a day no word of
its clause claims, a day told of one person named in full and by surname, a weekday against
a weekday in reports without a publication date, and the days that are not the event's.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.api import check_texts, extract_text
from tests.event_reports import WEEKDAYS, cites, date_findings, report

# ---------------------------------------------------------------------------------------
# a weekday after a place name is a date; a weekday in a name is not


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A man was shot in Brooklyn Monday, police said.", "Monday"),
        ("The council met at the Town Hall Tuesday evening.", "Tuesday evening"),
        ("A fire broke out near Cedar Ridge Friday night.", "Friday night"),
        ("Protesters gathered outside the State Capitol Sunday.", "Sunday"),
        ("Two trucks collided along Route Nine Wednesday morning.", "Wednesday morning"),
        ("A man was shot on Elm Street Saturday evening.", "Saturday evening"),
        ("Police found him in the 3400 block of North Sherman Drive Tuesday.", "Tuesday"),
        ("Officers were sent to Kerr Avenue Monday night.", "Monday night"),
        ("The car crashed on Lakeshore Boulevard Sunday.", "Sunday"),
    ],
)
def test_a_weekday_after_a_place_is_a_date(text: str, day: str) -> None:
    dates = [m.text for m in extract_text(text) if m.kind == "date"]
    assert dates == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A teenager was shot early Saturday in the Englewood neighborhood.", "Saturday"),
        ("Officers found him Monday in the 1100 block of Kerr Avenue.", "Monday"),
        ("The fire broke out Tuesday in the basement of a row house.", "Tuesday"),
        ("Two cars collided Friday night in the left lane of Interstate 70.", "Friday night"),
        ("A clerk was robbed Sunday in the middle of the afternoon rush.", "Sunday"),
    ],
)
def test_a_weekday_before_a_place_in_the_is_a_date(text: str, day: str) -> None:
    assert [m.text for m in extract_text(text) if m.kind == "date"] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "The board meets on the second Tuesday of each month.",
        "Rent is due the first Friday of the month.",
        "Markets close early on the last Friday in the year.",
    ],
)
def test_a_weekday_recurring_in_a_period_is_not_a_date(text: str) -> None:
    assert [m.text for m in extract_text(text) if m.kind == "date"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers queued for Black Friday deals.",
        "Voters went to the polls on Super Tuesday.",
        "He read it in the Sunday Times.",
        "The march ended in Bloody Sunday Square.",
    ],
)
def test_a_weekday_in_a_name_is_not_a_date(text: str) -> None:
    assert [m.text for m in extract_text(text) if m.kind == "date"] == []


def test_a_month_is_not_a_protest_march() -> None:
    a = report(
        "a.md",
        "Gala to air in spring",
        "The awards gala will be broadcast on March 2, the network said.",
        None,
    )
    b = report("b.md", "Awards night", "The gala broadcast is set for March 9.", None)
    # both are scheduled: whatever they say, no march (a protest) is dated
    found = date_findings(a, b)
    assert not any("march" in f.message.lower().split("dated")[0] for f in found)


# ---------------------------------------------------------------------------------------
# undated reports: the day the lead gives the main event, compared weekday against weekday

#: One event told by two outlets without a publication date: the first report's lead leaves
#: its day to no word of its clause; ``{day}`` is the slot.
_UNDATED = [
    (
        (
            "Gunman kills two at Harmon Tool plant",
            "Dale Prewitt, a fired machinist at the Harmon Tool plant in Easton, came back "
            "{day}, shot two former co-workers and drove away.",
        ),
        (
            "Two dead in Easton plant shooting",
            "A former worker at the Harmon Tool plant in Easton shot and killed two people "
            "there on Tuesday night, police said.",
        ),
        "Tuesday",
    ),
    (
        (
            "Shelling hits Al Noor school",
            "Mortar shells struck the Al Noor school in Dara, a shelter for 200 families, "
            "at about 4pm {day}, the heaviest shelling of the week.",
        ),
        (
            "Dozens hurt in attack on Al Noor school",
            "An attack on the Al Noor school in Dara on Thursday wounded dozens of people.",
        ),
        "Thursday",
    ),
    (
        (
            "Campers hurt in Hadley bus crash",
            "Thirty campers on a bus from Hadley were hurt in a crash on County Road 12 {day}, "
            "state police said.",
        ),
        (
            "Campers hurt in Hadley bus crash",
            "Thirty campers were hurt when their bus crashed on County Road 12 near Hadley "
            "on Saturday.",
        ),
        "Saturday",
    ),
]


@pytest.mark.parametrize(("first", "second", "day"), _UNDATED)
@pytest.mark.parametrize("shift", [2, 3, 4])
def test_undated_reports_that_give_the_event_other_weekdays_are_warned(
    first: tuple[str, str], second: tuple[str, str], day: str, shift: int
) -> None:
    other = WEEKDAYS[(WEEKDAYS.index(day) + shift) % 7]
    a = report("a.md", first[0], first[1].format(day=f"on {other}"), None)
    b = report("b.md", second[0], second[1], None)
    found = date_findings(a, b)
    assert any(cites(f, "a.md", other) and cites(f, "b.md", day) for f in found), found
    assert all(f.severity == "warning" for f in found)


@pytest.mark.parametrize(("first", "second", "day"), _UNDATED)
def test_undated_reports_that_give_the_same_weekday_agree(
    first: tuple[str, str], second: tuple[str, str], day: str
) -> None:
    for written in (f"on {day}", f"last {day}", f"early {day}"):
        a = report("a.md", first[0], first[1].format(day=written), None)
        b = report("b.md", second[0], second[1], None)
        assert date_findings(a, b) == []


def _plant_shooting() -> dict[str, str]:
    """The source both kinds of day below are set against: the shooting, dated Tuesday night."""
    return report(
        "b.md",
        "Two dead in Easton plant shooting",
        "A former worker at the Harmon Tool plant in Easton shot and killed two people there "
        "on Tuesday night, police said.",
        None,
    )


@pytest.mark.parametrize(
    "body",
    [
        # the day of a predicate of its own, before the event is named
        "Inspectors in Easton on Monday opened an inquiry after a shooting at the Harmon "
        "Tool plant.",
        # another clause of the lead
        "Two people were shot at the Harmon Tool plant in Easton, and the plant stayed "
        "closed on Monday.",
        # two days in one sentence: which one is the event's is not said
        "The Harmon Tool plant in Easton reopened Monday after a shooting there on Tuesday.",
        # something still to come
        "Workers at the Harmon Tool plant in Easton will hold a vigil on Monday for the two "
        "people shot there.",
    ],
)
def test_days_that_are_not_the_event_day_are_not_compared(body: str) -> None:
    a = report("a.md", "Easton plant", body, None)
    assert date_findings(a, _plant_shooting()) == []


@settings(max_examples=20, deadline=None)
@given(day=st.sampled_from(WEEKDAYS), shift=st.integers(min_value=2, max_value=5))
def test_neighbouring_nights_are_one_night_and_other_days_are_not(day: str, shift: int) -> None:
    after = WEEKDAYS[(WEEKDAYS.index(day) + 1) % 7]
    other = WEEKDAYS[(WEEKDAYS.index(day) + shift) % 7]
    second = report(
        "b.md",
        "Warehouse burns in Dunmore",
        f"A fire destroyed a warehouse on Harbor Street in Dunmore late {day} night.",
        None,
    )

    def first(written: str) -> dict[str, str]:
        body = f"A fire gutted the Harbor Street warehouse in Dunmore {written}."
        return report("a.md", "Dunmore warehouse fire", body, None)

    assert date_findings(first(f"early {after}"), second) == []
    found = date_findings(first(f"on {other}"), second)
    assert any(cites(f, "a.md", other) for f in found), found


# ---------------------------------------------------------------------------------------
# one person's event, named in full in one report and by surname in the other


@pytest.mark.parametrize(
    ("full", "short"),
    [
        (
            "Tamika Rowe, 17, was shot by a deputy in Lakeview on {day} after a chase.",
            "A vigil was held for Rowe, who was shot by a deputy on Friday.",
        ),
        (
            "Marcus Doyle, a linebacker, was arrested on {day} on suspicion of drunk driving.",
            "Team officials confirmed that Doyle, 29, was arrested on Friday after a traffic "
            "stop on Highway 52.",
        ),
    ],
)
def test_one_persons_event_dated_on_two_days_is_flagged(full: str, short: str) -> None:
    a = report("a.md", "Report", full.format(day="Monday"), None)
    b = report("b.md", "Follow-up", "Crowds gathered downtown. " + short, None)
    found = date_findings(a, b)
    assert any(cites(f, "a.md", "Monday") and cites(f, "b.md", "Friday") for f in found), found
    a = report("a.md", "Report", full.format(day="Friday"), None)
    assert date_findings(a, b) == []


def test_two_people_with_one_surname_are_not_one_person() -> None:
    a = report("a.md", "Arrest", "Marcus Doyle was arrested on Monday in Lakeview.", "2025-03-12")
    b = report("b.md", "Arrest", "Police arrested Kevin Doyle on Friday in Lakeview.", "2025-03-12")
    assert date_findings(a, b) == []


# ---------------------------------------------------------------------------------------
# a day still to come: the day an event is set for, compared only with such days


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The vote for the Riverton city council, which is scheduled for {day}, will "
            "decide who runs the Riverton budget.",
            "Five parties will contest the May 18 election in Riverton.",
        ),
        (
            "The Harbor Bridge summit in Dunmore is planned for {day}, officials said.",
            "The Harbor Bridge summit in Dunmore is expected on May 18.",
        ),
    ],
)
def test_two_days_set_for_one_event_are_flagged(first: str, second: str) -> None:
    a = report("a.md", "Riverton", first.format(day="May 21, 2026"), None)
    b = report("b.md", "Riverton", second, None)
    found = date_findings(a, b)
    assert any(cites(f, "a.md", "May 21") and cites(f, "b.md", "May 18") for f in found), found
    assert all("scheduled" in f.message for f in found)
    a = report("a.md", "Riverton", first.format(day="May 18, 2026"), None)
    assert date_findings(a, b) == []


def test_a_day_set_for_an_event_is_not_the_day_one_was_held() -> None:
    a = report(
        "a.md",
        "Riverton votes",
        "Riverton held its council election on Sunday, May 10, officials said.",
        None,
    )
    b = report(
        "b.md",
        "Riverton",
        "Five parties will contest the May 18 election in Riverton.",
        None,
    )
    assert date_findings(a, b) == []


def test_days_set_for_events_of_two_unrelated_stories_are_not_compared() -> None:
    a = report("a.md", "Vote", "The Dunmore mayoral election is scheduled for June 2, 2026.", None)
    b = report(
        "b.md", "Vote", "Voters in Hadley will go to the polls in the June 9 election.", None
    )
    assert date_findings(a, b) == []


def test_two_court_dates_of_one_case_are_two_hearings() -> None:
    a = report(
        "a.md",
        "Dunmore man charged",
        "Kevin Marsh, of Dunmore, appeared in court and a bail hearing was scheduled for "
        "Wednesday at Dunmore Crown Court.",
        None,
    )
    b = report(
        "b.md",
        "Dunmore man in court",
        "Kevin Marsh, of Dunmore, appeared in court. A plea hearing will be held on "
        "September 6 at Dunmore Crown Court.",
        None,
    )
    assert date_findings(a, b) == []


# ---------------------------------------------------------------------------------------
# which word a day belongs to when the event is named after it


@pytest.mark.parametrize(
    ("lead", "other"),
    [
        (
            "The man who opened fire on shoppers at the Elm Street market {day} night has "
            "been charged with murder and aggravated assault.",
            "A gunman shot three shoppers at the Elm Street market on Tuesday night.",
        ),
        (
            "A guard who shot two co-workers at the Harmon Tool plant {day} was charged "
            "with attempted murder and assault.",
            "Two workers were shot at the Harmon Tool plant on Tuesday by a guard.",
        ),
    ],
)
def test_a_day_closing_the_subject_dates_the_event_before_it(lead: str, other: str) -> None:
    def first(day: str) -> dict[str, str]:
        return report("a.md", "Gunman charged", lead.format(day=day), None)

    second = report("b.md", "Shooting", other, None)
    found = date_findings(first("Friday"), second)
    assert any(cites(f, "a.md", "Friday") and cites(f, "b.md", "Tuesday") for f in found), found
    assert date_findings(first("Tuesday"), second) == []


@pytest.mark.parametrize(
    "body",
    [
        "Jurors in Easton on Friday watched video of the moment two workers were shot at "
        "the Harmon Tool plant.",
        "Jurors on Friday listened as a witness described how two workers at the Harmon "
        "Tool plant in Easton were gunned down.",
    ],
)
def test_a_day_of_a_verb_of_its_own_is_not_the_event_day(body: str) -> None:
    a = report("a.md", "Easton plant trial", body, None)
    assert date_findings(a, _plant_shooting()) == []


# ---------------------------------------------------------------------------------------
# the day of the lead's main clause dates the main event, whatever verb tells it

#: A headline naming the event and a lead that tells it with a verb no event word names,
#: or an irregular one; with the other report's lead, which gives Wednesday.
_LEADS = [
    (
        "Bus crash injures 23 near Hadley",
        "Twenty-three children were taken to hospitals {day} after their school bus rolled "
        "onto its side on County Road 12.",
        "A school bus crash on County Road 12 near Hadley on Wednesday injured 23 children.",
    ),
    (
        "Fire guts Dunmore warehouse",
        "Flames tore through a warehouse on Harbor Street in Dunmore {day}, leaving 40 "
        "people out of work.",
        "A fire destroyed a warehouse on Harbor Street in Dunmore on Wednesday.",
    ),
    (
        "Robbery at Lowell hardware store",
        "Two masked men held up the Ferris Hardware store in Lowell {day} and got away with "
        "the cash.",
        "Police are searching for two men after a robbery at Ferris Hardware in Lowell on "
        "Wednesday.",
    ),
]


@pytest.mark.parametrize(("title", "first", "second"), _LEADS)
@pytest.mark.parametrize("other", ["Monday", "Friday"])
def test_the_lead_day_of_any_verb_dates_the_main_event(
    title: str, first: str, second: str, other: str
) -> None:
    a = report("a.md", title, first.format(day=f"on {other}"), None)
    b = report("b.md", "Report", second, None)
    found = date_findings(a, b)
    assert any(cites(f, "a.md", other) and cites(f, "b.md", "Wednesday") for f in found), found


@pytest.mark.parametrize(("title", "first", "second"), _LEADS)
def test_the_lead_day_of_any_verb_agrees_with_the_same_day(
    title: str, first: str, second: str
) -> None:
    for written in ("on Wednesday", "early Wednesday", "Wednesday night"):
        a = report("a.md", title, first.format(day=written), None)
        b = report("b.md", "Report", second, None)
        assert date_findings(a, b) == []


@pytest.mark.parametrize(
    "body",
    [
        # two days in the lead: which one is the event's is not said
        "Flames tore through a warehouse on Harbor Street in Dunmore on Monday, and crews "
        "were still there on Tuesday.",
        # a day in someone's quoted words
        '"Flames tore through the Harbor Street warehouse in Dunmore on Monday," a neighbour said.',
    ],
)
def test_a_lead_day_that_may_not_be_the_event_day_is_not_compared(body: str) -> None:
    a = report("a.md", "Fire guts Dunmore warehouse", body, None)
    b = report(
        "b.md",
        "Report",
        "A fire destroyed a warehouse on Harbor Street in Dunmore on Wednesday.",
        None,
    )
    assert date_findings(a, b) == []


# ---------------------------------------------------------------------------------------
# irregular past forms are verbs: they claim the day next to them as -ed forms do


@pytest.mark.parametrize(
    "word",
    ["shot", "hit", "struck", "took", "won", "lost", "began", "fell", "sank", "blew", "stole"],
)
def test_irregular_past_forms_are_past_forms(word: str) -> None:
    from claimcheck.claims.verb_forms import irregular_forms, is_past_form

    assert is_past_form(word)
    assert irregular_forms()[word].isalpha()


@pytest.mark.parametrize("word", ["crew", "ground", "rose", "wound", "output", "shooting", "day"])
def test_nouns_and_other_words_are_not_past_forms(word: str) -> None:
    from claimcheck.claims.verb_forms import is_past_form

    assert not is_past_form(word)


# ---------------------------------------------------------------------------------------
# later in a story, a sentence that tells when the event already told happened dates it

#: Two reports of one event without a publication date: the first tells the event's day
#: only in a later paragraph ("the X took place ... {day}"), the second in its lead.
_LATER = [
    (
        "Two dead in Easton plant shooting",
        "Two workers were killed and one wounded at the Harmon Tool plant in Easton. "
        "Police did not name a motive.\n\nThe plant employs 300 people.\n\n"
        "Officers said the shooting took place shortly after 9 p.m. {day} near the loading dock.",
        "A fired machinist shot two co-workers dead at the Harmon Tool plant in Easton on "
        "Tuesday night.",
    ),
    (
        "Quake shakes Corvo island",
        "A strong earthquake shook the island of Corvo, damaging the harbour wall. "
        "Residents slept outdoors.\n\nThe island has 400 inhabitants.\n\n"
        "The quake struck at 4:12 a.m. {day}, the observatory said.",
        "An earthquake struck Corvo early on Tuesday, damaging the harbour.",
    ),
    (
        "Mill fire in Lorne",
        "A fire gutted the old Weaver mill in Lorne, and crews stayed overnight. "
        "No one was hurt.\n\nThe mill closed in 1987.\n\n"
        "The blaze broke out in the boiler house late {day}, the fire chief said.",
        "Fire destroyed the Weaver mill in Lorne on Tuesday night.",
    ),
    (
        "Ada Morrow, former chief justice, dies at 91",
        "Ada Morrow, who led the state supreme court for a decade, has died. She was 91.\n\n"
        "She was appointed to the bench in 1979.\n\n"
        "Later criticised for a ruling on water rights, Morrow died of pneumonia {day} at "
        "her home in Salem, her son said.",
        "Ada Morrow died on Tuesday at her home in Salem, Oregon.",
    ),
]


@pytest.mark.parametrize(("title", "first", "second"), _LATER)
@pytest.mark.parametrize("other", ["Thursday", "Saturday"])
def test_a_later_sentence_telling_when_the_event_happened_dates_it(
    title: str, first: str, second: str, other: str
) -> None:
    a = report("a.md", title, first.format(day=other), None)
    b = report("b.md", "Report", second, None)
    found = date_findings(a, b)
    assert any(cites(f, "a.md", other) and cites(f, "b.md", "Tuesday") for f in found), found


@pytest.mark.parametrize(("title", "first", "second"), _LATER)
def test_a_later_sentence_giving_the_same_day_agrees(title: str, first: str, second: str) -> None:
    a = report("a.md", title, first.format(day="Tuesday"), None)
    b = report("b.md", "Report", second, None)
    assert date_findings(a, b) == []


@pytest.mark.parametrize(
    "later",
    [
        # another event's day in a sentence naming the event
        "The trial of the man accused in the shooting starts Thursday.",
        "A witness had expected to testify about the shooting on Thursday.",
        # an event not yet told: maybe another
        "A shooting that took place on Thursday in a nearby town is not thought to be linked.",
        # a year later in a story dates what came before
        "The last shooting at the plant happened on Thursday, March 3, 2005.",
    ],
)
def test_later_days_that_are_not_the_event_day_are_not_compared(later: str) -> None:
    body = (
        "Two workers were killed and one wounded at the Harmon Tool plant in Easton. "
        "Police did not name a motive.\n\nThe plant employs 300 people.\n\n" + later
    )
    a = report("a.md", "Two dead in Easton plant shooting", body, None)
    b = report(
        "b.md",
        "Report",
        "A fired machinist shot two co-workers dead at the Harmon Tool plant in Easton on "
        "Tuesday night.",
        None,
    )
    assert date_findings(a, b) == []


# ---------------------------------------------------------------------------------------
# a dateline dates the report, not the event


@pytest.mark.parametrize("dateline", ["Mumbai, Nov 11 -", "LAGOS, March 4 (Reuters) -"])
def test_a_dateline_is_not_the_event_day(dateline: str) -> None:
    body = f"{dateline} Gunmen attacked a convoy near the port on Monday, officials said."
    a = report("a.md", "Convoy attacked", body, None)
    b = report("b.md", "Report", "Gunmen attacked a convoy near the port on March 2.", None)
    found = date_findings(a, b)
    assert not any(cites(f, "a.md", dateline.split(",")[1].split()[1]) for f in found)


# ---------------------------------------------------------------------------------------
# a lead that names no kind of event: its main clause's day is the story's day

#: Two dated reports of one piece of news whose leads name no kind of event; the first
#: lead's ``{day}`` is the slot, the second gives Tuesday 10 June 2025.
_UNTOLD = [
    (
        "Harlow Mills to shut its Fenwick site",
        "Harlow Mills said {day} it would shut its flour mill in Fenwick, putting 300 jobs "
        "at risk.",
        "Staff at the Harlow Mills site in Fenwick were told on Tuesday that the mill will go.",
    ),
    (
        "Two Fenwick councillors face bribery counts",
        "Prosecutors {day} charged two Fenwick councillors with taking cash from a builder.",
        "Prosecutors accused two Fenwick councillors of bribery on Tuesday.",
    ),
    (
        "Fenwick library gets a new home",
        "The Fenwick town board {day} picked the old post office as the library's new home.",
        "The town board in Fenwick chose the old post office for the library on Tuesday.",
    ),
]


@pytest.mark.parametrize(("title", "first", "second"), _UNTOLD)
@pytest.mark.parametrize("other", ["Monday", "Wednesday"])
def test_the_day_of_a_lead_naming_no_kind_dates_its_news(
    title: str, first: str, second: str, other: str
) -> None:
    a = report("a.md", title, first.format(day=f"on {other}"), "2025-06-11")
    b = report("b.md", "Report", second, "2025-06-11")
    found = date_findings(a, b)
    assert any(cites(f, "a.md", other) and cites(f, "b.md", "Tuesday") for f in found), found
    assert all(f.message.startswith("The event is dated") for f in found)


@pytest.mark.parametrize(("title", "first", "second"), _UNTOLD)
def test_the_day_of_a_lead_naming_no_kind_agrees_with_the_same_day(
    title: str, first: str, second: str
) -> None:
    for written in ("on Tuesday", "on June 10", "Tuesday"):
        a = report("a.md", title, first.format(day=written), "2025-06-11")
        b = report("b.md", "Report", second, "2025-06-11")
        assert date_findings(a, b) == []


@pytest.mark.parametrize(
    ("first", "published"),
    [
        # the day of the saying, what was said being past: "said Monday the mill had shut"
        ("Harlow Mills said on Monday the Fenwick mill had stopped work weeks ago.", "2025-06-11"),
        # the day of what came before
        ("After a vote on Monday, Harlow Mills will shut its Fenwick mill.", "2025-06-11"),
        # a second clause's day
        ("Harlow Mills has long planned cuts, and on Monday staff at Fenwick heard.", "2025-06-11"),
        # reports published a month apart: nothing says the two leads tell one piece of news
        ("Harlow Mills said on Monday it would shut its Fenwick mill.", "2025-05-11"),
        # no publication date: nothing else tells one story's news from another's
        ("Harlow Mills said on Monday it would shut its Fenwick mill.", None),
    ],
)
def test_days_of_leads_naming_no_kind_that_may_be_other_news_are_not_compared(
    first: str, published: str | None
) -> None:
    a = report("a.md", "Harlow Mills to shut its Fenwick site", first, published)
    second = "Staff at the Harlow Mills site in Fenwick were told on Tuesday that the mill will go."
    b = report("b.md", "Report", second, "2025-06-11" if published else None)
    assert date_findings(a, b) == []


def test_an_untold_lead_is_not_compared_with_a_story_of_a_named_kind() -> None:
    a = report(
        "a.md",
        "Vigil for Fenwick teen",
        "Hundreds gathered in Fenwick on Monday night to remember Dale Orr.",
        "2025-06-11",
    )
    b = report(
        "b.md",
        "Fenwick teen shot",
        "Dale Orr, 16, was shot dead in Fenwick on Saturday, police said.",
        "2025-06-11",
    )
    assert date_findings(a, b) == []


# ---------------------------------------------------------------------------------------
# a clause telling when the event happened, however far its day is from the event's word


@pytest.mark.parametrize(
    ("later", "day"),
    [
        (
            "When the blaze broke out in the boiler house of the old Weaver mill on the north "
            "bank of the river late {day}, 40 workers were inside.",
            "Thursday",
        ),
        (
            "The fire started in a storeroom at the back of the Weaver mill near the loading "
            "bays by the old canal basin on {day} night, the chief said.",
            "Saturday",
        ),
    ],
)
def test_a_clause_telling_when_the_event_happened_dates_it(later: str, day: str) -> None:
    body = (
        "A fire gutted the old Weaver mill in Lorne. No one was hurt.\n\n"
        "The mill closed in 1987.\n\n" + later.format(day=day)
    )
    a = report("a.md", "Mill fire in Lorne", body, None)
    b = report("b.md", "Report", "Fire destroyed the Weaver mill in Lorne on Tuesday night.", None)
    found = date_findings(a, b)
    assert any(cites(f, "a.md", day) and cites(f, "b.md", "Tuesday") for f in found), found


# ---------------------------------------------------------------------------------------
# "will" makes its whole clause future: the day is one set for the event


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Price will make her debut as the host of the Harlow awards on the March 4 broadcast.",
        "The new ferry will carry its first passengers across the bay after a ribbon-cutting "
        "at the harbour on Friday.",
        "The council will hold a public meeting about the flood defences on the river on Monday.",
    ],
)
def test_a_day_in_a_clause_with_will_is_a_day_still_to_come(sentence: str) -> None:
    res = check_texts(draft={"id": "a.txt", "text": sentence}, sources=[])
    dates = [c for a in res.analyses.values() for c in a.claims if c.kind == "date"]
    assert dates
    assert all(c.event is None or c.event.startswith("scheduled ") for c in dates), dates


# ---------------------------------------------------------------------------------------
# reported speech: the day next to the reporting verb is the saying's; a day inside what is
# reported is the event's

_EASTON = (
    "A fired machinist shot two co-workers dead at the Harmon Tool plant in Easton on "
    "Tuesday night."
)


@pytest.mark.parametrize(
    "lead",
    [
        "Police said the shooting at the Harmon Tool plant in Easton happened on {day} night.",
        "Officers say the gunman opened fire at the Harmon Tool plant in Easton late {day}.",
        "The shooting at the Harmon Tool plant in Easton took place on {day} night, police said.",
    ],
)
def test_a_day_inside_reported_words_dates_the_event(lead: str) -> None:
    a = report("a.md", "Two dead in Easton plant shooting", lead.format(day="Thursday"), None)
    b = report("b.md", "Report", _EASTON, None)
    found = date_findings(a, b)
    assert any(cites(f, "a.md", "Thursday") and cites(f, "b.md", "Tuesday") for f in found), found


@pytest.mark.parametrize(
    "lead",
    [
        "Police said Thursday the gunman at the Harmon Tool plant in Easton had been fired.",
        "The company's lawyer said on Thursday the shooting at its Easton plant was a tragedy.",
        "Officials told reporters Thursday that the Harmon Tool plant in Easton would reopen.",
    ],
)
def test_a_day_next_to_the_reporting_verb_dates_the_saying(lead: str) -> None:
    a = report("a.md", "Two dead in Easton plant shooting", lead, None)
    b = report("b.md", "Report", _EASTON, None)
    assert date_findings(a, b) == []


# ---------------------------------------------------------------------------------------
# a lead with several days: the event's is the one its word claims; the others are others'


@pytest.mark.parametrize(
    "lead",
    [
        "Two men were arrested on Wednesday in the shooting at the Harmon Tool plant in Easton "
        "on {day} night.",
        "Police on Wednesday arrested two men over {day}'s shooting at the Harmon Tool plant "
        "in Easton.",
    ],
)
def test_in_a_lead_with_several_days_the_event_word_claims_its_own(lead: str) -> None:
    a = report("a.md", "Two held in Easton plant shooting", lead.format(day="Thursday"), None)
    b = report("b.md", "Report", _EASTON, None)
    found = date_findings(a, b)
    assert any(cites(f, "a.md", "Thursday") and cites(f, "b.md", "Tuesday") for f in found), found
    assert not any(cites(f, "a.md", "Wednesday") for f in found), found
    same = report("a.md", "Two held", lead.format(day="Tuesday"), None)
    assert date_findings(same, b) == []


# ---------------------------------------------------------------------------------------
# a generic word for the main event ("the attack" in the story of a bombing) dates it

_KESSA = "A suicide bomber killed 12 people at the Kessa market on Tuesday."


@pytest.mark.parametrize(
    "body",
    [
        "Twelve people died in the Kessa market bombing. Officials said the attack on {day} "
        "was the worst this year.",
        "Twelve people died in the Kessa market bombing. The blast on {day} morning shattered "
        "windows streets away.",
        "A bombing at the Kessa market killed twelve. Police said an explosion on {day} "
        "followed a warning call.",
    ],
)
def test_a_generic_word_for_the_main_event_dates_it(body: str) -> None:
    a = report("a.md", "Bombing at Kessa market kills 12", body.format(day="Thursday"), None)
    b = report("b.md", "Report", _KESSA, None)
    found = date_findings(a, b)
    assert any(cites(f, "a.md", "Thursday") and cites(f, "b.md", "Tuesday") for f in found), found


@pytest.mark.parametrize(
    "later",
    [
        # a series is not the one event
        "Gangs fought in furious clashes with police there on Thursday.",
        # another event of the loose kind
        "Another attack on Thursday hit a checkpoint north of the town.",
    ],
)
def test_a_generic_word_for_other_events_does_not_date_the_main_one(later: str) -> None:
    body = (
        "Twelve people died in the Kessa market bombing.\n\nThe market reopened with "
        "armed guards.\n\n" + later
    )
    a = report("a.md", "Bombing at Kessa market kills 12", body, None)
    b = report("b.md", "Report", _KESSA, None)
    assert date_findings(a, b) == []


# ---------------------------------------------------------------------------------------
# the first response to an incident gives its day

#: A lead with no day, and a later paragraph where the responders come on ``{day}``.
_RESPONSE_LEAD = (
    "Man wounded in Dayton shooting",
    "A man was wounded in a shooting on the east side of Dayton, police said.\n\n"
    "He was taken to Miami Valley Hospital in stable condition.\n\n{response}",
)
_RESPONSE_OTHER = (
    "Police: man shot on Xenia Avenue",
    "A man was shot on Xenia Avenue in Dayton on Tuesday night, police said.",
)


@pytest.mark.parametrize(
    "response",
    [
        "Officers were called to the 1900 block of Xenia Avenue around 10:40 p.m. {day}.",
        "Police responded to Xenia Avenue at about 10:40 p.m. {day} after a 911 call.",
        "Officers found a man with a gunshot wound in a parked car {day} night.",
        "Deputies were dispatched to the scene just before 11 p.m. {day}.",
        "Crews arrived at Xenia Avenue shortly after 10:40 p.m. {day} and treated the man.",
    ],
)
def test_the_day_the_responders_came_dates_the_incident(response: str) -> None:
    title, body = _RESPONSE_LEAD
    a = report("a.md", title, body.format(response=response.format(day="Saturday")), "2021-03-17")
    b = report("b.md", *_RESPONSE_OTHER, "2021-03-17")
    found = date_findings(a, b)
    assert any(cites(f, "a.md", "Saturday") and cites(f, "b.md", "Tuesday") for f in found), found
    same = report("a.md", title, body.format(response=response.format(day="Tuesday")), "2021-03-17")
    assert date_findings(same, b) == []


@pytest.mark.parametrize(
    "later",
    [
        "Police called it a targeted attack on Saturday.",
        "Officers found the gun Saturday in a storm drain.",
        "Officers arrived at his home Saturday and arrested his brother.",
        "Police were called to a second shooting on Saturday.",
    ],
)
def test_days_of_other_doings_of_the_police_are_not_the_incident_day(later: str) -> None:
    title, body = _RESPONSE_LEAD
    a = report("a.md", title, body.format(response=later), "2021-03-17")
    b = report("b.md", *_RESPONSE_OTHER, "2021-03-17")
    assert date_findings(a, b) == []


# ---------------------------------------------------------------------------------------
# clauses, acts of their own, bounds


@pytest.mark.parametrize(
    "lead",
    [
        "A woman was shot and killed near 5th and Vine on {day} evening, police said.",
        "A man and a woman were shot and wounded outside a bar on {day} night.",
        "A gunman opened fire and wounded three people at a party in Elmwood {day}.",
    ],
)
def test_and_joining_names_or_the_incidents_verbs_keeps_the_lead_day(lead: str) -> None:
    a = report("a.md", "Elmwood shooting", lead.format(day="Friday"), "2022-06-14")
    b = report("b.md", "Elmwood shooting", "The shooting happened on Sunday, police said.", None)
    b = report(
        "b.md",
        "Police probe Elmwood shooting",
        "Two people were shot on Sunday night in Elmwood, police said.",
        "2022-06-14",
    )
    found = date_findings(a, b)
    assert any(cites(f, "a.md", "Friday") and cites(f, "b.md", "Sunday") for f in found), found


@pytest.mark.parametrize(
    "lead",
    [
        "Police arrested a 19-year-old man {act} in connection with a shooting on Sunday night.",
        "A man was charged {act} with assault in a shooting that wounded two people on Sunday.",
        "Police on {act} identified the two men wounded in a shooting early Sunday.",
        "A 30-year-old woman was booked {act} into the county jail after a shooting Sunday.",
    ],
)
def test_the_day_of_an_arrest_or_a_charge_is_not_the_incident_day(lead: str) -> None:
    a = report("a.md", "Arrest in Elmwood shooting", lead.format(act="Wednesday"), "2022-06-16")
    b = report(
        "b.md", "Two hurt in Elmwood", "Two people were shot Sunday night in Elmwood.", "2022-06-13"
    )
    assert date_findings(a, b) == []


def test_a_day_that_opens_a_period_is_not_the_event_day() -> None:
    a = report(
        "a.md",
        "Navy foils pirate attack",
        "The navy foiled a pirate attack on Thursday, its fifth such operation since September.",
        "2021-11-12",
    )
    b = report(
        "b.md", "Pirates repelled", "The navy foiled a pirate attack on Thursday.", "2021-11-12"
    )
    assert date_findings(a, b) == []


@pytest.mark.parametrize(
    ("night", "after"),
    [
        ("late Saturday night", "shortly after midnight Sunday"),
        ("Saturday night", "just after midnight on Sunday"),
        ("Saturday night", "early Sunday"),
    ],
)
def test_a_night_and_the_small_hours_after_it_are_one_night(night: str, after: str) -> None:
    a = report(
        "a.md", "Man shot", f"A man was shot on Elm Street {night}, police said.", "2019-03-11"
    )
    b = report(
        "b.md", "Shooting", f"A man was wounded on Elm Street {after}, police said.", "2019-03-11"
    )
    assert date_findings(a, b) == []


@pytest.mark.parametrize(
    ("late", "next_day"), [("Friday evening", "Saturday"), ("Friday night", "10 p.m. Saturday")]
)
def test_an_evening_or_an_evening_hour_is_not_the_night_told_as_the_next_day(
    late: str, next_day: str
) -> None:
    a = report(
        "a.md", "Shots fired", f"A man was shot in Elmwood on {late}, police said.", "2022-06-13"
    )
    b = report(
        "b.md", "Man shot", f"A man was shot in Elmwood on {next_day}, police said.", "2022-06-13"
    )
    found = date_findings(a, b)
    assert any(cites(f, "a.md", late.split()[0]) for f in found), found


def test_a_weekday_written_with_another_date_differs_from_the_bare_weekday() -> None:
    a = report(
        "a.md",
        "Two killed in apartment shooting",
        "Two people were killed in a shooting at an apartment complex on Wednesday, March 3.",
        "2020-03-05",
    )
    b = report(
        "b.md",
        "Two dead at apartments",
        "Two people died when gunfire erupted at an apartment complex Wednesday night.",
        "2020-03-05",
    )
    found = date_findings(a, b)
    assert any(cites(f, "a.md", "March 3") and cites(f, "b.md", "Wednesday") for f in found)


@pytest.mark.parametrize(
    "lead",
    [
        "A 40-year-old woman was stabbed {day} afternoon in the Bronx, police said.",
        "Police are investigating a stabbing in the Bronx on {day} that left a woman wounded.",
        "A woman was knifed outside her building in the Bronx {day}, police said.",
    ],
)
def test_a_stabbing_is_an_incident_dated_across_reports(lead: str) -> None:
    other = report(
        "b.md",
        "Woman wounded in Bronx knife attack",
        "A woman was wounded in a knife attack in the Bronx on Monday, police said.",
        "2019-03-12",
    )
    a = report("a.md", "Woman stabbed in Bronx", lead.format(day="Saturday"), "2019-03-12")
    found = date_findings(a, other)
    assert any(cites(f, "a.md", "Saturday") and cites(f, "b.md", "Monday") for f in found), found
    same = report("a.md", "Woman stabbed in Bronx", lead.format(day="Monday"), "2019-03-12")
    assert date_findings(same, other) == []


_ELM = ("Man killed on Elm Street", "A man was shot and killed on Elm Street Sunday night.")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Suspect appears in court",
            "A man charged with murder in the shooting on Elm Street appeared in court Tuesday.",
        ),
        (
            "Gun found",
            "Detectives found the gun used in Sunday's shooting on Thursday in a storm drain.",
        ),
        (
            "Vigil for victim",
            "Friends gathered Monday night to remember a man killed by a gunman on Elm Street.",
        ),
        (
            "Family mourns",
            "The family of a man who died in the shooting on Elm Street spoke Wednesday.",
        ),
    ],
)
def test_a_day_of_what_followed_the_incident_is_not_its_day(title: str, body: str) -> None:
    a = report("a.md", title, body, "2019-03-15")
    b = report("b.md", *_ELM, "2019-03-11")
    assert date_findings(a, b) == []
