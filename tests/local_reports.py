"""Short local reports of one incident by two outlets, written for the tests of event days:
shootings, a crash, a fire, each outlet with its own wording, sentence order and publication
day. Each change names the statement whose day is changed, the weekday or date in it, and the
statement of the other report that gives the same day."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Report:
    id: str
    title: str
    published: str
    body: str


@dataclass(frozen=True, slots=True)
class DayChange:
    """In report ``doc``, the ``statement`` holds the ``day`` (a weekday) the event is given;
    ``counterpart`` is the other report's statement of the same day."""

    doc: str
    statement: str
    day: str
    counterpart: str


@dataclass(frozen=True, slots=True)
class Incident:
    name: str
    reports: tuple[Report, ...]
    changes: tuple[DayChange, ...]


INCIDENTS: tuple[Incident, ...] = (
    Incident(
        "memphis",
        (
            Report(
                "a.md",
                "Man killed, woman hurt in South Memphis shooting",
                "2016-05-17",
                "MEMPHIS, Tenn. (WREG) -- A man is dead and a woman is hurt after a shooting in "
                "South Memphis Monday night.\n\nPolice said it happened around 9:45 p.m. in the "
                "1100 block of Kerr Avenue.\n\nThe man was pronounced dead at the scene. The woman "
                "was taken to Regional One in non-critical condition.\n\nNo arrests have been made.",
            ),
            Report(
                "b.md",
                "Police investigating deadly shooting on Kerr Avenue",
                "2016-05-17",
                "Memphis police are investigating a shooting that left one man dead and a woman "
                "wounded.\n\nOfficers were called to the 1100 block of Kerr Avenue just before 10 "
                "p.m. Monday, according to police.\n\nThe victim, identified as 34-year-old "
                "Darnell Hayes, died at the scene.",
            ),
        ),
        (
            DayChange("a.md", "Memphis Monday night", "Monday", "10 p.m. Monday"),
            DayChange("b.md", "10 p.m. Monday", "Monday", "Monday night"),
        ),
    ),
    Incident(
        "englewood",
        (
            Report(
                "a.md",
                "Teen shot in Englewood",
                "2017-09-16",
                "A 17-year-old boy was shot early Saturday in the Englewood neighborhood on the "
                "South Side, police said.\n\nThe boy was standing on the sidewalk about 1:20 a.m. "
                "in the 6600 block of South Halsted Street when someone in a passing car opened "
                "fire, according to Chicago police.\n\nHe was taken in serious condition to "
                "Comer Children's Hospital.",
            ),
            Report(
                "b.md",
                "17-year-old wounded in Englewood drive-by",
                "2017-09-17",
                "Police are searching for the gunman who shot a teenager from a passing car in "
                "Englewood.\n\nThe shooting happened around 1:20 a.m. Saturday on South Halsted "
                "Street. The 17-year-old was hit in the leg and is expected to survive.\n\nNo one "
                "is in custody.",
            ),
        ),
        (
            DayChange("a.md", "early Saturday", "Saturday", "1:20 a.m. Saturday"),
            DayChange("b.md", "1:20 a.m. Saturday", "Saturday", "Saturday"),
        ),
    ),
    Incident(
        "baymeadows",
        (
            Report(
                "a.md",
                "Two men wounded outside Baymeadows nightclub",
                "2019-06-23",
                "Two men were wounded in a shooting outside a Southside nightclub, the "
                "Jacksonville Sheriff's Office said.\n\nBoth men were taken to a hospital with "
                "injuries that are not considered life-threatening.\n\nDeputies responded to "
                "Club Zone on Baymeadows Road around 2 a.m. Sunday after reports of gunfire."
                "\n\nInvestigators said an argument inside the club spilled into the parking lot.",
            ),
            Report(
                "b.md",
                "JSO: Argument at club ends in gunfire",
                "2019-06-23",
                "Two men were shot outside a nightclub on Baymeadows Road early Sunday, according "
                "to the sheriff's office.\n\nSgt. Mark Evans said a fight broke out inside Club "
                "Zone and continued in the parking lot, where someone pulled a gun.",
            ),
        ),
        (
            DayChange("a.md", "2 a.m. Sunday", "Sunday", "early Sunday"),
            DayChange("b.md", "early Sunday", "Sunday", "2 a.m. Sunday"),
        ),
    ),
    Incident(
        "lehigh",
        (
            Report(
                "a.md",
                "Man fatally shot in North Philadelphia",
                "2020-02-11",
                "A 28-year-old man was shot and killed in North Philadelphia, police said.\n\nThe "
                "victim was shot multiple times in the chest and was pronounced dead at Temple "
                "University Hospital.\n\nThe shooting happened on the 2200 block of West Lehigh "
                "Avenue around 11:30 p.m. Monday, police said.\n\nNo weapon was recovered.",
            ),
            Report(
                "b.md",
                "Police: Man, 28, killed on Lehigh Avenue",
                "2020-02-11",
                "Police are looking for a gunman who killed a 28-year-old man on West Lehigh "
                "Avenue on Monday night.\n\nChief Inspector Scott Small said the man was struck "
                "at least six times.",
            ),
        ),
        (
            DayChange("a.md", "p.m. Monday", "Monday", "Monday night"),
            DayChange("b.md", "on Monday night", "Monday", "p.m. Monday"),
        ),
    ),
    Incident(
        "capitol",
        (
            Report(
                "a.md",
                "Shooting at Milwaukee gas station leaves one dead",
                "2021-07-19",
                "One man is dead after a shooting at a gas station on Milwaukee's north side "
                "yesterday afternoon.\n\nPolice said the shooting happened near 27th and Capitol "
                "around 3:15 p.m. The victim, 41, died at the scene.",
            ),
            Report(
                "b.md",
                "Man killed at north side gas station",
                "2021-07-18",
                "MILWAUKEE -- A 41-year-old man was shot and killed at a gas station near 27th "
                "and Capitol on Sunday afternoon, police said.",
            ),
        ),
        (DayChange("b.md", "on Sunday afternoon", "Sunday", "yesterday afternoon"),),
    ),
    Incident(
        "westport",
        (
            Report(
                "a.md",
                "Suspect arrested in Westport shooting",
                "2018-10-05",
                "Baltimore police arrested a 22-year-old man Thursday in connection with a "
                "shooting that wounded two men in Westport on Tuesday.\n\nThe men were shot in "
                "the 2400 block of Annapolis Road around 6 p.m. Tuesday.",
            ),
            Report(
                "b.md",
                "Two men shot in Westport",
                "2018-10-03",
                "Two men were shot Tuesday evening in the Westport neighborhood of South "
                "Baltimore, police said.\n\nThe men, both in their 20s, were found in the 2400 "
                "block of Annapolis Road.",
            ),
        ),
        (DayChange("b.md", "shot Tuesday evening", "Tuesday", "Westport on Tuesday"),),
    ),
    Incident(
        "prospect",
        (
            Report(
                "a.md",
                "Man killed in shooting near 35th and Prospect",
                "2019-04-14",
                "KANSAS CITY, Mo. -- A man died after he was shot late Saturday near 35th and "
                "Prospect Avenue, Kansas City police said.\n\nOfficers responded to a report of a "
                "shooting at about 11:40 p.m. and found the man lying in the street. He was "
                "pronounced dead at a hospital.",
            ),
            Report(
                "b.md",
                "KCPD: One dead after Prospect Avenue shooting",
                "2019-04-14",
                "Kansas City police are investigating the city's 38th homicide of the year."
                "\n\nThe victim, a man in his 30s, was shot Saturday night at 35th Street and "
                "Prospect Avenue and later died, police said.",
            ),
        ),
        (
            DayChange("a.md", "late Saturday", "Saturday", "Saturday night"),
            DayChange("b.md", "shot Saturday night", "Saturday", "late Saturday"),
        ),
    ),
    Incident(
        "route9",
        (
            Report(
                "a.md",
                "Teen driver dies in Route 9 crash",
                "2018-11-19",
                "A 17-year-old driver was killed Sunday afternoon when his car left Route 9 in "
                "Hadley and struck a tree, state police said.\n\nTroopers said the car was "
                "traveling north at a high rate of speed. A passenger, 16, was taken to Baystate "
                "Medical Center.",
            ),
            Report(
                "b.md",
                "Hadley crash claims life of teenager",
                "2018-11-18",
                "HADLEY -- A teenager died in a single-car crash on Route 9 on Sunday, police "
                "said.\n\nThe crash happened around 3:15 p.m. near the Hampshire Mall. A "
                "16-year-old passenger was hurt.",
            ),
        ),
        (DayChange("a.md", "killed Sunday afternoon", "Sunday", "Route 9 on Sunday"),),
    ),
    Incident(
        "hardware",
        (
            Report(
                "a.md",
                "Fire destroys Main Street hardware store",
                "2017-02-08",
                "A fire that broke out early Tuesday destroyed a hardware store on Main Street in "
                "downtown Milford, fire officials said.\n\nCrews were called to the building at "
                "about 4:30 a.m. and found heavy flames coming from the roof. No one was injured.",
            ),
            Report(
                "b.md",
                "Milford hardware store lost to blaze",
                "2017-02-07",
                "Firefighters from four towns battled a blaze at Carlson Hardware on Main Street "
                "before dawn Tuesday.\n\nThe fire was reported at 4:28 a.m. by a passing "
                "motorist, Chief Dan Reyes said.",
            ),
        ),
        (
            DayChange("a.md", "early Tuesday", "Tuesday", "dawn Tuesday"),
            DayChange("b.md", "dawn Tuesday", "Tuesday", "early Tuesday"),
        ),
    ),
    Incident(
        "colfax",
        (
            Report(
                "a.md",
                "Police ID victims in Lakewood double shooting",
                "2016-08-23",
                "Lakewood police on Tuesday identified the two men killed in a shooting outside a "
                "bar.\n\nThey were Marcus Bell, 27, and Jerome Hill, 31, both of Denver.\n\nThe "
                "men were shot about 1:45 a.m. Sunday in the parking lot of the Sidetrack Lounge "
                "on West Colfax Avenue.",
            ),
            Report(
                "b.md",
                "Two men killed outside Colfax bar",
                "2016-08-21",
                "Two men were shot and killed early Sunday outside a bar on West Colfax Avenue "
                "in Lakewood, police said.\n\nThe shooting happened around 1:45 a.m. in the "
                "Sidetrack Lounge parking lot.",
            ),
        ),
        (DayChange("a.md", "a.m. Sunday", "Sunday", "early Sunday"),),
    ),
    Incident(
        "kroger",
        (
            Report(
                "a.md",
                "Man shot near Kroger on Broad Street",
                "2016-05-20",
                "UPDATE 5/21/16: The victim has died, police said.\n\nA man was shot in the "
                "parking lot of the Kroger on Broad Street yesterday afternoon, police said.\n\n"
                "Witnesses told officers two men argued before one pulled a gun.",
            ),
            Report(
                "b.md",
                "Kroger parking lot shooting victim dies",
                "2016-05-21",
                "A man shot Friday afternoon in the parking lot of the Broad Street Kroger has "
                "died, police said Saturday.",
            ),
        ),
        (DayChange("b.md", "shot Friday afternoon", "Friday", "yesterday afternoon"),),
    ),
    Incident(
        "holmes-road",
        (
            Report(
                "a.md",
                "Woman shot in Lansing",
                "2017-06-12",
                "A 31-year-old woman was hospitalized after being shot on Lansing's south side, "
                "police said.\n\nThe shooting was reported at 11:48 p.m. Sunday in the 2100 "
                "block of Holmes Road. Her injuries were not life-threatening.",
            ),
            Report(
                "b.md",
                "Police investigating Holmes Road shooting",
                "2017-06-12",
                "LANSING -- Police are investigating a shooting late Sunday on Holmes Road that "
                "left a woman injured.",
            ),
        ),
        (
            DayChange("a.md", "p.m. Sunday in", "Sunday", "late Sunday"),
            DayChange("b.md", "late Sunday on", "Sunday", "p.m. Sunday"),
        ),
    ),
    Incident(
        "cleveland-avenue",
        (
            Report(
                "a.md",
                "Man found shot to death in car",
                "2019-02-06",
                "A man was found shot to death inside a car on the north side, Columbus police "
                "said.\n\nOfficers responding to a call of shots fired around 9 p.m. Tuesday "
                "found the man slumped in the driver's seat on Cleveland Avenue.",
            ),
            Report(
                "b.md",
                "Police investigate homicide on Cleveland Avenue",
                "2019-02-06",
                "Columbus police are investigating after a man was shot and killed in a car on "
                "Cleveland Avenue on Tuesday night.",
            ),
        ),
        (
            DayChange("a.md", "p.m. Tuesday found", "Tuesday", "Tuesday night"),
            DayChange("b.md", "on Tuesday night", "Tuesday", "p.m. Tuesday"),
        ),
    ),
)
