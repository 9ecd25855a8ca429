"""Closed word lists the numeric extractor's context checks use, per language where needed.

These are small function-word vocabularies (determiners, pronoun contexts, count verbs) that
no CLDR or pint data covers.
"""

from __future__ import annotations

__all__ = [
    "CAPITAL_OK",
    "COUNT_VERBS",
    "DETERMINERS",
    "METRE_FOLLOWERS",
    "ONE_NOT_NUMBER",
    "ONE_PRONOUN_BEFORE",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words after "one" that show it is a pronoun or part of an idiom ("one of", "one another")
#: or that a bare figure is not followed by a counted noun.
ONE_NOT_NUMBER = _words(
    "a also an and another another's are as at be been being but by can could day did do "
    "does else even for from had has have he her here him his i if in into is it its just "
    "less may me might more must my of on only onto or our she should so still such than "
    "that the their them then there these they thing things this those time to too us was "
    "way we were which who whom whose will with without would you your "
)

#: Words before "one" that make it a pronoun ("no one", "the one who", "every one").
ONE_PRONOUN_BEFORE = _words(
    "any anyone each every everyone little no no-one only some someone that the this which "
)

#: Words after "2.5m" that make the "m" metres ("1.8m tall", "the 100m sprint"); a noun
#: instead makes it million ("2.5m people").
METRE_FOLLOWERS = _words(
    "above across and apart are at away backstroke below breaststroke butterfly by dash "
    "deep depth diameter dive freestyle from height high high-rise hurdles in is length "
    "long of on or over race radius relay sprint tall thick to under was were wide width "
)

#: Capitalised words after which a bare figure is still a count ("About 50", "Rund 200");
#: after any other capitalised word it names something ("Flight 370", "Boeing 737").
CAPITAL_OK = _words(
    "a about all almost am an and another another's approximately around as at au avec "
    "bei bis but by dans das de dem den der des die du ein eine en environ etwa fast "
    "fewer for from ganze gut im in insgesamt its just killed killing knapp la le least "
    "les less mehr mit moins more nearly no nur of on only or over plus pour près quelque "
    "roughly rund seit some sur than the their these those to um un under une up von "
    "weitere with über "
)

#: Determiners before an ordinal word ("the third", "der dritte", "la troisième"): without
#: one, "first" and "second" are mostly adverbs or names.
DETERMINERS: dict[str, frozenset[str]] = {
    "en": _words("a an each every her his its my our that the their these this those whose your "),
    "de": _words("das dem den der des die ein eine einem einen einer eines ihr ihre sein seine "),
    "fr": _words("au aux ce cette des du l' la le les leur leurs l’ sa ses son un une "),
}


#: Verbs after which a bare "one" or a capitalised headline word still counts ("killing one",
#: "Quake Kills 10").
COUNT_VERBS = _words(
    "kill kills killed killing injure injures injured injuring wound wounds wounded wounding "
    "arrest arrests arrested arresting rescue rescues rescued rescuing leave leaves leaving left "
    "hurt hurts hurting detain detains detained detaining free frees freed freeing save saves "
    "saved saving claim claims claimed claiming evacuate evacuated evacuating displace displaced "
    "tötet tötete verletzt verletzte festgenommen tue tué blesse blessé blessés arrêté arrêtés "
)
