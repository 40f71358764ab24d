"""Speaker resolution: who a pronoun, a surname or a description stands for, and the
extent of the source phrase it is read from. Sentences written for these tests."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit


def _sources(text: str) -> list[tuple[str, str | None]]:
    """(mention, resolved name) of each claim's source, in order."""
    return [
        (c.source.mentions[0].text, c.source.name)
        for c in claimkit.extract(text).claims
        if c.source is not None
    ]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # a person named earlier in the pronoun's own clause
        (
            "Ann Cole quoted Rita Vance. Paul Grant faced questions after he said the plan "
            "was dead.",
            "he",
            "Paul Grant",
        ),
        # the subject of the sentence before, past an introductory phrase
        (
            "Ann Cole praised Rita Vance. Paul Grant has also commented on the vote. On "
            "Wednesday, he said the count was fair.",
            "he",
            "Paul Grant",
        ),
        # not the object inside an introductory phrase of the pronoun's own sentence
        (
            "Mr. Obama spoke to donors. Campaigning against Mitt Romney in 2012, he said the "
            "climate could wait.",
            "he",
            "Obama",
        ),
        # a titled surname the article never completes is a person of that gender
        (
            "Ann Cole was not convinced by Mr. Obama. He said the plan would work.",
            "He",
            "Obama",
        ),
        # a person known only by a first name
        (
            "Melanie had been in hospital. Peter Brown visited. She said it was outrageous.",
            "She",
            "Melanie",
        ),
    ],
)
def test_pronoun_goes_to_the_salient_person(text: str, mention: str, name: str) -> None:
    assert (mention, name) in _sources(text)


def test_pronoun_gender_comes_from_the_first_name_not_a_shared_surname() -> None:
    # Keith Scott is male; Rakeyia Scott shares only the surname
    text = (
        "Police shot Keith Scott on Tuesday. Mr. Scott was 43. Rakeyia Scott filmed the "
        "scene. She said he had no gun."
    )
    assert ("She", "Keith Scott") not in _sources(text)


def test_a_role_word_after_a_personal_title_is_a_name() -> None:
    text = "Larry King hosted the show. Mr. King said the network paid well."
    assert ("Mr. King", "Larry King") in _sources(text)


def test_titles_before_a_name_are_not_part_of_it() -> None:
    text = "German Chancellor Angela Merkel told reporters the talks had failed."
    assert _sources(text) == [("German Chancellor Angela Merkel", "Angela Merkel")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Scott's family has called on police to release the videos.", "Scott's family"),
        ("Those close to him say that he would run.", "Those close to him"),
        ("The race costs the $20 million experts say it costs.", "experts"),
        ("Nearly eight of 10 voters say they plan to watch.", "Nearly eight of 10 voters"),
        ("She said leaders had agreed to put together a plan.", "leaders"),
        ("Everything Trump says is a lie, critics said.", "critics"),
    ],
)
def test_source_phrase_extent(text: str, mention: str) -> None:
    mentions = [m for m, _ in _sources(text)]
    assert mention in mentions
    assert not any(m != mention and mention in m for m in mentions), mentions


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # an acronym given in brackets stands for the name before it
        (
            "Teachers marched with the Alliance to Reclaim Our Schools (AROS) on Monday. "
            "AROS said the cuts would hurt students.",
            "AROS",
            "Alliance to Reclaim Our Schools",
        ),
        # a police force named by its place; a bare "police" and "Police" are that force
        (
            "Officers of the Tulsa police shot a man. Police said he had a gun.",
            "Police",
            "Tulsa police",
        ),
        # an organization named by its owner; "the campaign" is that one
        (
            "Donald Trump spoke in Ohio. The Trump campaign said the report was false. "
            "The campaign added that it would sue.",
            "The campaign",
            "Trump campaign",
        ),
        # an organization's name goes on past "of"; "the union" is the one named
        (
            "The Association of Flight Attendants endorsed her. The union said she had "
            "fought for workers.",
            "The union",
            "Association of Flight Attendants",
        ),
        # an indefinite organization is named by its description
        (
            "The plan is backed by an unusual coalition of leaders, who said it would pass.",
            "an unusual coalition of leaders",
            "unusual coalition of leaders",
        ),
    ],
)
def test_organizations(text: str, mention: str, name: str) -> None:
    assert (mention, name) in _sources(text)


@given(st.text(alphabet="team campaign_-é1 .", max_size=60))
def test_whole_words_are_found_like_a_word_bounded_regex(text: str) -> None:
    import re

    from claimkit.sources import _whole_words

    words = ("campaign", "team")
    expected = [m.span() for m in re.finditer(r"\b(?:campaign|team)\b", text)]
    assert _whole_words(text, words, 0, len(text)) == expected


def test_spelled_out_acronyms() -> None:
    from claimkit.sources import _spelled_out

    assert _spelled_out("the Environmental Protection Agency", "EPA") == (
        "Environmental Protection Agency"
    )
    assert _spelled_out("by the National Rifle Association", "NRA") == "National Rifle Association"
    assert _spelled_out("the agency", "EPA") is None


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        ("Obama Says Museum Will Tell Story of Black Americans", True),
        ("FIREWORKS FLY IN FIRST ONE-ON-ONE DEMOCRATIC DEBATE", True),
        # four in five long words capitalized is enough; fewer is prose
        ("Clinton Campaign Says Trump Plan would Fail", True),
        ("Clinton Campaign Says Trump plan would fail", False),
        ("Obama said the museum would tell the story of black Americans.", False),
        ("Obama Says So", False),  # fewer than four long words
    ],
)
def test_headlines_in_title_case(sentence: str, headline: bool) -> None:
    from claimkit.sources import _title_case
    from claimkit.text import Sentence

    assert _title_case(sentence, Sentence(0, len(sentence), 0, False)) is headline


def test_pronoun_reaches_past_a_long_roster_of_the_other_gender() -> None:
    # the walk back over people who do not fit is cut short, and the nearest who fits
    # looked up instead: a roster of 45 men still leaves "She" to Maria Lopez
    names = " ".join(f"John Smith{chr(65 + i % 26)}{chr(65 + i // 26)} spoke." for i in range(45))
    text = f"Maria Lopez arrived at the hall. {names} She said the bridge was safe."
    (claim,) = claimkit.extract(text).claims
    assert claim.source is not None and claim.source.name == "Maria Lopez"


@pytest.mark.parametrize(
    ("first", "later"), [("’", "'"), ("'", "’"), ("ʼ", "'")], ids=["curly", "straight", "modifier"]
)
def test_a_name_spelled_with_another_apostrophe_is_the_same_person(first: str, later: str) -> None:
    # scraped news mixes apostrophes (a headline's and a body's): the surname alone,
    # spelled the other way, stayed a person of its own; the name keeps its first spelling
    text = f"Sean O{first}Brien said it holds. Later, O{later}Brien said it fails."
    names = [c.source.name for c in claimkit.extract(text).claims if c.source is not None]
    assert names == [f"Sean O{first}Brien"] * 2


@pytest.mark.parametrize("mark", ["\u200b", "\u00ad", "\u2060"], ids=["zwsp", "soft-hyphen", "wj"])
def test_a_name_holding_an_invisible_character_is_the_same_person(mark: str) -> None:
    # web pages carry zero-width spaces and soft hyphens inside words: "Lo<ZWSP>pez" was
    # two words, so the surname alone later was a person of its own (and, with the
    # mark in the later mention, the claim was lost)
    for first, later in ((f"Lo{mark}pez", "Lopez"), ("Lopez", f"Lo{mark}pez")):
        text = f"Maria {first} arrived. “It is fine,” {later} said."
        (claim,) = claimkit.extract(text).claims
        assert claim.source is not None
        assert claim.source.mention.text == later
        assert claim.source.name == f"Maria {first}"


def test_a_run_of_invisible_characters_inside_a_name_keeps_it_one_word() -> None:
    text = "Maria Lopez arrived. “It is fine,” Lo\u200b\u200bpez said."
    (claim,) = claimkit.extract(text).claims
    assert claim.source is not None and claim.source.name == "Maria Lopez"


def test_an_invisible_character_between_words_still_separates_them() -> None:
    (claim,) = claimkit.extract("Maria Lopez\u00ad said\u200b that\u200bit holds.").claims
    assert claim.cue is not None and claim.cue.span.text == "said"
    assert claim.source is not None and claim.source.mention.text == "Maria Lopez"
    assert claim.content[0].text == "that\u200bit holds"


def test_decomposed_accents_give_the_claims_of_composed_ones() -> None:
    # text in Unicode's form D (some systems write it so): "García" as "Garci" + U+0301.
    # The combining mark split the word, and every source holding one was lost.
    composed = (
        "José García, the mayor of Bogotá, said the bridge would reopen. "
        "“We are ready,” García said. ZOË MÜLLER SAID IT WAS LATE."
    )
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    want = claimkit.extract(composed).claims
    got = claimkit.extract(decomposed).claims
    assert len(got) == len(want) == 3

    def nfc(s: str | None) -> str | None:
        return None if s is None else unicodedata.normalize("NFC", s)

    for g, w in zip(got, want, strict=True):
        assert g.source is not None and w.source is not None
        assert nfc(g.source.name) == w.source.name
        assert nfc(g.source.mention.text) == w.source.mention.text
        assert [nfc(p.text) for p in g.content] == [p.text for p in w.content]
        assert decomposed[g.source.mention.start : g.source.mention.end] == g.source.mention.text
    # a surname in either form is the person named in the other
    name = "José García"
    for first, later in (("NFD", "NFC"), ("NFC", "NFD")):
        full = unicodedata.normalize(first, name)
        surname = unicodedata.normalize(later, "García")
        text = f"{full} arrived. “We are ready,” {surname} said."
        (claim,) = claimkit.extract(text).claims
        assert claim.source is not None and claim.source.name == full


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Donald Trump and Hillary Clinton said the debate would go ahead.",
            "Donald Trump and Hillary Clinton",
            "group",
        ),
        ("Lane and Ruiz said the bridge was safe.", "Lane and Ruiz", "group"),
        (
            "Donald Trump's longtime confidant Roger Stone said it was rigged.",
            "Roger Stone",
            "person",
        ),
        ("Reuters' Luciana Lopez said the vote was close.", "Luciana Lopez", "person"),
        (
            "The Central and East European Coalition said the vote was close.",
            "Central and East European Coalition",
            "organization",
        ),
        ("Committee Chairman Reince Priebus Tuesday said it was over.", "Reince Priebus", "person"),
    ],
)
def test_a_name_is_never_made_of_two_names(text: str, name: str, kind: str) -> None:
    # every capitalized word of a mention was joined: "Donald Trump Hillary Clinton",
    # "Donald Roger Stone", "Reuters Luciana Lopez", "Reince Priebus Tuesday"
    (claim,) = claimkit.extract(text).claims
    assert claim.source is not None
    assert (claim.source.name, claim.source.kind.value) == (name, kind)


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Tom Ruiz arrived. He’d said the bridge was safe.", "He", "Tom Ruiz"),
        ("Ana Lane arrived. She'll say more on Monday.", "She", "Ana Lane"),
        ("I’ve said it before: the bridge is safe.", "I", None),
    ],
)
def test_a_pronoun_with_a_contracted_auxiliary_is_the_source(
    text: str, mention: str, name: str | None
) -> None:
    # "He'd" was the source phrase, resolved to nobody (or the claim was lost)
    (claim,) = claimkit.extract(text).claims
    assert claim.source is not None
    assert (claim.source.mention.text, claim.source.name) == (mention, name)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Rep. August Pfluger said the vote was close.", "August Pfluger", "person"),
        ("Correspondent April Ryan said the vote was close.", "April Ryan", "person"),
        (
            "Former Gov. Martin O’Malley and former Secretary of State Hillary Clinton "
            "called for action.",
            "Martin O’Malley and Hillary Clinton",
            "group",
        ),
        (
            "Sen. John McCain and Sen. Lindsey Graham said it was close.",
            "John McCain and Lindsey Graham",
            "group",
        ),
        ("Procter & Gamble said profits rose.", "Procter & Gamble", "organization"),
    ],
)
def test_months_inside_names_and_titles_inside_coordinations(
    text: str, name: str, kind: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.source is not None
    assert (claim.source.name, claim.source.kind.value) == (name, kind)


def test_a_combining_mark_before_a_name_leaves_it_capitalized() -> None:
    (claim,) = claimkit.extract("\u0301Smith said the vote was fair.").claims
    assert claim.source is not None and claim.source.mention.text == "Smith"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Tom Ruiz's allies said they had won.", "Tom Ruiz's allies", "group"),
        ("The senator's allies said they had won.", "senator's allies", "group"),
        ("Tom Ruiz's wife said she had won.", None, "person"),
    ],
)
def test_someone_of_a_name_is_not_the_name(text: str, name: str | None, kind: str) -> None:
    # "Ted Cruz's associates insist" was resolved to Ted Cruz himself, and "the Texas
    # senator's allies" to "Texas"
    source = claimkit.extract(text).claims[0].source
    assert source is not None and source.name == name and source.kind.value == kind
