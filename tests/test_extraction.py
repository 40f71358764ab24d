"""Extraction: the seed article's attributions, each pattern of the grammar, text handling."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import claimkit
from claimkit import Claim, Document, Mode, SourceKind, Stance
from claimkit.quotes import find_quotes

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_fd37600329ab474b.txt"


@pytest.fixture(scope="module")
def seed() -> Document:
    return claimkit.extract(SEED.read_text(encoding="utf-8"), published="2020-10-12")


def by_cue(doc: Document, cue: str) -> Claim:
    """The one claim whose cue text is ``cue`` (line breaks read as spaces)."""
    found = [c for c in doc.claims if c.cue and " ".join(c.cue.span.text.split()) == cue]
    assert len(found) == 1, [c.cue.span.text for c in doc.claims if c.cue]
    return found[0]


def flat(s: str) -> str:
    return " ".join(s.split())


# ----------------------------------------------------------------------------- the seed


def test_seed_spans_slice_the_original_text(seed: Document) -> None:
    text = SEED.read_text(encoding="utf-8")
    for claim in seed.claims:
        for _, span in claim.spans():
            assert text[span.start : span.end] == span.text


def test_seed_mohi_said_that(seed: Document) -> None:
    claim = next(
        c
        for c in seed.claims
        if c.source and c.source.mention and c.source.mention.text == "Mohammed Mohi"
    )
    assert claim.cue is not None and claim.cue.span.text == "said"
    assert claim.source is not None and claim.source.name == "Mohammed Mohi"
    assert claim.source.kind is SourceKind.PERSON
    assert claim.source.descriptor is not None
    assert flat(claim.source.descriptor.text) == "a spokesman for Kata’ib Hezbollah"
    assert claim.mode is Mode.INDIRECT
    assert flat(claim.content[0].text).startswith("that these militant factions had agreed")
    assert flat(claim.content[-1].text).endswith("withdrawal from the country")


def test_seed_pronoun_and_role_resolve_to_mohi(seed: Document) -> None:
    warned = by_cue(seed, "warned")
    assert warned.source is not None and warned.source.mention is not None
    assert warned.source.mention.text == "He"
    assert warned.source.name == "Mohammed Mohi"
    assert warned.stance is Stance.DIRECTIVE
    spokesman = next(
        c
        for c in seed.claims
        if c.source and c.source.mention and c.source.mention.text.startswith("The spokesman")
    )
    assert spokesman.source is not None and spokesman.source.name == "Mohammed Mohi"
    assert flat(spokesman.content[0].text).startswith("that there is no specific deadline")


def test_seed_direct_quotes_with_inversion_and_adding(seed: Document) -> None:
    said = [c for c in seed.claims if c.mode is Mode.DIRECT]
    assert len(said) == 2
    first, second = said
    assert first.cue is not None and first.cue.span.text == "said"
    assert flat(first.content[0].text).startswith("“The factions gave a conditional truce")
    assert flat(first.content[0].text).endswith("House of Representatives,”")
    assert second.cue is not None and second.cue.span.text == "adding"
    assert flat(second.content[0].text).startswith("“The agreement basically includes")
    for claim in said:
        assert claim.source is not None and claim.source.name == "Mohammed Mohi"


def test_seed_noun_cue_with_named_group(seed: Document) -> None:
    claim = by_cue(seed, "issued a statement")
    assert claim.source is not None
    assert claim.source.name == "Coordinating Body for the Iraqi Resistance"
    assert claim.source.mention is not None
    assert flat(claim.source.mention.text).startswith("A group of militias calling themselves")
    assert flat(claim.content[0].text).startswith("that they would suspend the attacks")
    assert flat(claim.content[-1].text).endswith("departure of US forces")


def test_seed_possessive_noun_cue(seed: Document) -> None:
    claim = by_cue(seed, "threat")
    assert claim.source is not None and claim.source.name == "Washington"
    assert flat(claim.content[0].text).startswith("to close its embassy in Baghdad")


def test_seed_passive_without_source(seed: Document) -> None:
    claim = by_cue(seed, "seen")
    assert claim.source is None
    assert flat(claim.content[0].text).startswith("as a step toward launching air strikes")


@pytest.mark.parametrize(
    ("cue", "stance", "negated", "name"),
    [
        ("specify", Stance.NEUTRAL, True, "Mohammed Mohi"),
        ("feared", Stance.BELIEF, False, "Iraqis"),
        ("blame", Stance.DISTANCING, False, "US officials"),
        ("denies", Stance.NEGATING, False, "Kata’ib Hezbollah"),
        ("believe", Stance.BELIEF, False, "Iraqi security officials"),
        ("claimed responsibility", Stance.DISTANCING, False, "Smaller factions"),
    ],
)
def test_seed_cues(seed: Document, cue: str, stance: Stance, negated: bool, name: str) -> None:
    claim = by_cue(seed, cue)
    assert claim.stance is stance
    assert claim.negated is negated
    assert claim.source is not None and claim.source.name == name


def test_seed_orders_are_not_claims(seed: Document) -> None:
    cues = {flat(c.cue.span.text) for c in seed.claims if c.cue}
    assert "ordered" not in cues
    assert "directed" not in cues
    # but who gave the order is known: "He ... threatening" is the prime minister
    threat = by_cue(seed, "threatening")
    assert threat.source is not None and threat.source.name == "Mustafa al-Kadhimi"


def test_seed_headings_are_not_claims(seed: Document) -> None:
    for claim in seed.claims:
        for part in claim.content:
            assert "American threat" not in part.text
            assert "Conditional truce" not in part.text


# ----------------------------------------------------------------------------- patterns


def one(text: str) -> Claim:
    doc = claimkit.extract(text)
    assert len(doc.claims) == 1, [(c.cue and c.cue.span.text, c.content) for c in doc.claims]
    return doc.claims[0]


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Ms. Lane said that the bridge would reopen in May.",
            "Ms. Lane",
            "said",
            "that the bridge would reopen in May",
        ),
        (
            "The bridge would reopen in May, officials said.",
            "officials",
            "said",
            "The bridge would reopen in May",
        ),
        (
            "The bridge would reopen in May, said Ana Lane, the city engineer.",
            "Ana Lane",
            "said",
            "The bridge would reopen in May",
        ),
        (
            "According to the city engineer, the bridge would reopen in May.",
            "the city engineer",
            "According to",
            "the bridge would reopen in May",
        ),
        (
            "The bridge would reopen in May, according to the city.",
            "the city",
            "according to",
            "The bridge would reopen in May",
        ),
        (
            "Ana Lane told reporters on Monday that the bridge would reopen.",
            "Ana Lane",
            "told",
            "that the bridge would reopen",
        ),
        (
            "The mayor, who took office in March, said the bridge would reopen.",
            "The mayor",
            "said",
            "the bridge would reopen",
        ),
        (
            "Ana Lane (D-Ohio) said the bridge would reopen.",
            "Ana Lane (D-Ohio)",
            "said",
            "the bridge would reopen",
        ),
        (
            "The engineers believe the bridge will reopen.",
            "The engineers",
            "believe",
            "the bridge will reopen",
        ),
        # a setting, then a clause with no "that" (news agencies' style)
        ("Lane said on Monday it would reopen.", "Lane", "said", "it would reopen"),
        ("Lane said in a statement she was pleased.", "Lane", "said", "she was pleased"),
        ("Lane told reporters on Monday it would reopen.", "Lane", "told", "it would reopen"),
        # an object no source noun heads, then the complement
        ("Lane told the forum she wasn't worried.", "Lane", "told", "she wasn't worried"),
        ("Lane told a crowd in Ohio that it was safe.", "Lane", "told", "that it was safe"),
    ],
)
def test_indirect_patterns(text: str, source: str, cue: str, content: str) -> None:
    claim = one(text)
    assert claim.source is not None and claim.source.mention is not None
    assert claim.source.mention.text == source
    assert claim.cue is not None and claim.cue.span.text == cue
    assert claim.content[0].text == content
    assert claim.mode is Mode.INDIRECT


def test_split_quote_is_one_claim_in_two_pieces() -> None:
    claim = one("“The bridge is safe,” Ana Lane said, “and it will reopen in May.”")
    assert [p.text for p in claim.content] == [
        "“The bridge is safe,”",
        "“and it will reopen in May.”",
    ]
    assert claim.mode is Mode.DIRECT


def test_quote_over_several_paragraphs() -> None:
    text = "Ana Lane said: “The bridge is safe.\n\n“It will reopen in May.”"
    claim = one(text)
    assert claim.content[0].text == "“The bridge is safe.\n\n“It will reopen in May.”"
    assert claim.mode is Mode.DIRECT


@pytest.mark.parametrize("blank", ["\n\n", "\n \n", "\r\n\r\n"], ids=repr)
def test_colon_closing_a_paragraph_reports_the_next_paragraph_only(blank: str) -> None:
    # a blank line ends the paragraph, spaces on it or not, in any line ends
    text = f"Ana Lane said:{blank}The bridge is safe.{blank}Rain fell all day."
    assert one(text).content[0].text == "The bridge is safe"


def test_colon_closing_a_paragraph_finds_its_end_however_far() -> None:
    # the paragraph's end lies past a long run of spaces, or past a long run of dashes
    # the content starts after: a search bounded from the colon missed it
    spaced = "Ana Lane said:\n\nThe bridge is safe." + " " * 4000 + "\n\nRain fell."
    assert one(spaced).content[0].text == "The bridge is safe"
    dashed = "Ana Lane said:\n\n" + "-" * 4500 + " " + "the bridgework holds " * 300
    content = one(dashed).content[0]
    # (the 2,000-character cap cuts it at a word's end)
    assert content.start == 4517 and content.end == 6515 and dashed[content.end] == " "


def test_mixed_quote() -> None:
    claim = one("Ana Lane said the bridge was “perfectly safe” and would reopen.")
    assert claim.mode is Mode.MIXED


def test_follow_on_quote_joins_the_claim_before() -> None:
    claim = one("“The bridge is safe,” Ana Lane said on Monday. “It will reopen in May.”")
    assert [p.text for p in claim.content] == [
        "“The bridge is safe,”",
        "“It will reopen in May.”",
    ]


def test_participial_cue_shares_the_source() -> None:
    doc = claimkit.extract("Ana Lane said the bridge was safe, adding that it would reopen.")
    assert [c.cue.span.text for c in doc.claims if c.cue] == ["said", "adding"]
    assert doc.claims[1].source == doc.claims[0].source
    assert doc.claims[0].content[0].text == "the bridge was safe"


def test_surname_resolves_to_the_full_name() -> None:
    doc = claimkit.extract(
        "Ana Lane, the city engineer, said the bridge was safe. Lane said it would reopen."
    )
    assert [c.source.name for c in doc.claims if c.source] == ["Ana Lane", "Ana Lane"]


def test_unnamed_sources_get_no_invented_name() -> None:
    claim = one("The bridge is safe, a source said.")
    assert claim.source is not None
    assert claim.source.name is None or claim.source.name == "source"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor ordered the opening of an inquiry into the collapse.",
        "Bridge Reopens After Repairs",
        "Will the bridge reopen in May?",
        "The United States said nothing",  # a name, not a cue
    ],
)
def test_not_claims(text: str) -> None:
    doc = claimkit.extract(text)
    assert [c.cue.span.text for c in doc.claims if c.cue] == [] or text.endswith("nothing")


def test_reported_question_has_doubt_stance() -> None:
    claim = one("Ana Lane asked whether the bridge would reopen.")
    assert claim.stance is Stance.DOUBT


def test_negated_cue() -> None:
    for text in (
        "Ana Lane did not say whether the bridge would reopen.",
        "Ana Lane declined to comment on the bridge.",
    ):
        assert one(text).negated


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The minister hasn't denied that he met the lobbyist.", "The minister", "denied"),
        (
            "The spokesman wouldn’t confirm that the talks had collapsed.",
            "The spokesman",
            "confirm",
        ),
        ("Ana Lane didn't say whether the bridge would reopen.", "Ana Lane", "say"),
        ("Ana Lane doesn’t believe the bridge will reopen.", "Ana Lane", "believe"),
        ("Officials won't say when the bridge will reopen.", "Officials", "say"),
        ("Ana Lane cannot say whether the bridge will reopen.", "Ana Lane", "say"),
        ("His aides haven't said how he is preparing.", "His aides", "said"),
        ("Ana Lane isn't sure that the bridge will reopen.", "Ana Lane", "sure"),
    ],
)
def test_a_contracted_negation_negates_the_cue(text: str, source: str, cue: str) -> None:
    # "didn't" is one token: the walk from the cue to its source stopped at it, so the
    # claim was lost, or kept with "The minister hasn't" as its source and not negated
    claim = one(text)
    assert claim.source is not None and claim.source.mention.text == source
    assert claim.cue is not None and claim.cue.span.text == cue
    assert claim.negated


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“We will win,” Jeb Bush, the former Florida governor, told CNN.", "Jeb Bush"),
        ("“He lied,” Mr. Guerrero, who is an actor, said of Mr. Trump.", "Mr. Guerrero"),
        ("“It is over,” Ramos, 58, told AFP.", "Ramos"),
        ("“It is over,” Ana Lane, who chairs the panel, told reporters.", "Ana Lane"),
        ("The bridge is safe, Jeb Bush, the former governor, told CNN.", "Jeb Bush"),
        ("“It is over,” said Ana Lane, who chairs the panel.", "Ana Lane"),
        ("“It is over,” said Ana Lane, the chair.", "Ana Lane"),
    ],
)
def test_a_source_with_an_apposition_before_its_cue_is_no_inverted_one(
    text: str, source: str
) -> None:
    # the comma closing an apposition made the cue read as "..., told CNN": the one
    # told (or talked of) was the speaker, and the real one sat in the content
    claim = one(text)
    assert claim.source is not None and claim.source.mention.text == source
    assert claim.content[0].text.startswith(("“It", "“We", "“He", "The bridge is safe"))
    assert source not in claim.content[0].text


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("Ana Lane said Tom Ruiz denied the report.", "Tom Ruiz"),
        ("Ana Lane said that Tom Ruiz denied the report.", "Tom Ruiz"),
        ("Ana Lane says Ruiz promised to pay the workers.", "Ruiz"),
        ("The mayor told reporters the engineers warned that it would fail.", "the engineers"),
    ],
)
def test_a_report_inside_a_report_has_its_own_subject(text: str, inner: str) -> None:
    # the inner cue's source phrase ran back over the outer report ("Lane said Tom
    # Ruiz"), so the speaker was a name made of both people
    outer, claim = claimkit.extract(text).claims
    assert outer.source is not None and outer.source.mention.text in ("Ana Lane", "The mayor")
    assert claim.source is not None and claim.source.mention.text == inner


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Federal and state officials said the two raised $350 million.",
            "Federal and state officials",
        ),
        (
            "A 2014 study that appeared in the British Medical Journal found that it failed.",
            "A 2014 study that appeared in the British Medical Journal",
        ),
        ("Figures cited by officials show that the bridge is safe.", "Figures cited by officials"),
    ],
)
def test_a_subject_holding_a_cue_word_is_kept_whole(text: str, source: str) -> None:
    claim = claimkit.extract(text).claims[-1]
    assert claim.source is not None and claim.source.mention.text == source


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        ("Ana Lane on Tuesday said the bridge would reopen.", "Ana Lane", "Ana Lane"),
        ("Wells Fargo this month announced that it would cut jobs.", "Wells Fargo", "Wells Fargo"),
        ("Officials late Friday said the bridge was safe.", "Officials", "Officials"),
        (
            "Super Tuesday voters said the race was close.",
            "Super Tuesday voters",
            "Super Tuesday voters",
        ),
        (
            "A report published Wednesday said the deal was off.",
            "A report published Wednesday",
            None,
        ),
        ("The report, released Monday, said the bridge was safe.", "The report", None),
        ("Theresa May said the deal was done.", "Theresa May", "Theresa May"),
    ],
)
def test_a_time_between_source_and_cue_is_no_source(
    text: str, source: str, name: str | None
) -> None:
    # "this month" was the source of "Wells Fargo this month announced", and a weekday
    # the name of "a report published Wednesday"; "May" was skipped as a modal
    claim = one(text)
    assert claim.source is not None and claim.source.mention.text == source
    if name is not None:
        assert claim.source.name == name
    else:
        assert claim.source.name is None or not any(
            day in claim.source.name for day in ("Tuesday", "Wednesday", "Monday")
        )


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        ("Ruiz met Lane, who in 2010 said the bridge was safe.", "who", "Lane"),
        ("Ana Lane in March said the bridge was safe.", "Ana Lane", "Ana Lane"),
        ("The panel last May said the bridge was safe.", "The panel", None),
    ],
)
def test_a_year_or_month_between_source_and_cue_is_no_source(
    text: str, source: str, name: str | None
) -> None:
    # "who in 2010 said": the year stood where the source phrase ends, and the claim
    # was lost
    claim = one(text)
    assert claim.source is not None and claim.source.mention.text == source
    assert claim.source.name == name
    assert claim.content[0].text == "the bridge was safe"


@pytest.mark.parametrize(
    ("text", "source", "descriptor"),
    [
        (
            "A lawyer for the news outlets, Ana Lane, said no decision had been made.",
            "Ana Lane",
            "A lawyer for the news outlets",
        ),
        (
            "A spokesman for the company, Tom Ruiz, said no decision had been made.",
            "Tom Ruiz",
            "A spokesman for the company",
        ),
        (
            "One of the family's lawyers, Tom Ruiz, said no decision had been made.",
            "Tom Ruiz",
            "One of the family's lawyers",
        ),
    ],
)
def test_a_role_with_a_complement_before_a_name_is_its_descriptor(
    text: str, source: str, descriptor: str
) -> None:
    # the role's last word ("outlets", "company") was taken for its head, no person:
    # the claim was lost
    claim = one(text)
    assert claim.source is not None and claim.source.mention.text == source
    assert claim.source.descriptor is not None and claim.source.descriptor.text == descriptor


def test_a_place_after_a_role_is_no_name() -> None:
    # "the mayor of Oakland, California,": the place is not the mayor's name
    claims = claimkit.extract("Ana Lane, the mayor of Oakland, California, said it rained.").claims
    assert all(c.source is None or c.source.mention.text != "California" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Experts on North Korea and nuclear nonproliferation said the test changed that.",
        "Experts on trade and tariff policy said the test changed that.",
        "The officials in charge said the test changed that.",
    ],
)
def test_a_role_and_its_prepositional_phrase_are_a_source(text: str) -> None:
    # a phrase closed by a common noun ("nonproliferation") was no source: lost
    claim = one(text)
    assert claim.source is not None
    assert claim.source.mention.text == text[: text.index(" said")]


@pytest.mark.parametrize(
    "text",
    [
        "By a 2-to-1 vote, the court of appeals sent the case back to the district court.",
        "Fans of the team joined in a chant of the anthem.",
    ],
)
def test_a_role_phrase_holding_a_verb_is_no_source(text: str) -> None:
    assert all(
        c.source is None or c.source.mention.text.split()[-1] not in ("case", "a")
        for c in claimkit.extract(text).claims
    )


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        ("“It is over,” said Rep. Ana Lane of Maryland.", "Rep. Ana Lane of Maryland", "Ana Lane"),
        (
            "“It is over,” said Tom Ruiz of the Sierra Club, a lawyer.",
            "Tom Ruiz of the Sierra Club",
            "Tom Ruiz",
        ),
        ("“It is over,” said Tom Ruiz of St. Louis.", "Tom Ruiz of St. Louis", "Tom Ruiz"),
        ("“It is over,” said 9/11 widow Ana Lane.", "9/11 widow Ana Lane", "Ana Lane"),
        ("“It is over,” said 2016 nominee Ana Lane.", "2016 nominee Ana Lane", "Ana Lane"),
    ],
)
def test_an_inverted_source_keeps_its_place_and_number(text: str, source: str, name: str) -> None:
    # "of Maryland" after the name, or "9/11" before it, made the source phrase no
    # source: the quotation was lost
    claim = one(text)
    assert claim.source is not None and claim.source.mention.text == source
    assert claim.source.name == name
    assert claim.content[0].text == "“It is over,”"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Ana Lane responded on Monday by saying the bridge was safe.",
            "Ana Lane",
            "the bridge was safe",
        ),
        ("Tom Ruiz left the room after saying he would resign.", "Tom Ruiz", "he would resign"),
    ],
)
def test_a_gerund_after_a_preposition_is_its_subjects_report(
    text: str, source: str, content: str
) -> None:
    # "responded by saying", "left after saying": the gerund had no source, so the
    # report was lost
    claim = claimkit.extract(text).claims[-1]
    assert claim.cue is not None and claim.cue.span.text == "saying"
    assert claim.source is not None and claim.source.mention.text == source
    assert claim.content[0].text == content


@pytest.mark.parametrize(
    "text",
    [
        "Critics attacked Ana Lane for saying the bridge was safe.",
        "The court kept Tom Ruiz from saying why he left.",
        "Tom Ruiz left without saying why.",
    ],
)
def test_a_gerund_after_for_from_or_without_is_not_the_subjects(text: str) -> None:
    # the one criticized for saying something is the object, not the critics
    assert all(
        c.cue is None or c.cue.span.text != "saying" or c.source is None
        for c in claimkit.extract(text).claims
    )


def test_a_participle_shares_the_subject_after_a_sentence_adverb() -> None:
    # "Yet she ..., citing": "Yet" was the source
    claim = claimkit.extract("Yet Ana Lane kept her distance, citing the report.").claims[-1]
    assert claim.source is not None and claim.source.mention.text == "Ana Lane"


def test_a_transcript_label_holds_the_claims_of_its_sentence() -> None:
    # "PENCE: Well, Clinton thinks ...": a claim in the sentence dropped the label's
    text = "PENCE: Well, look, Ana Lane apparently thinks this is an episode of a game show."
    claims = claimkit.extract(text).claims
    label = [c for c in claims if c.cue is not None and c.cue.span.text == ":"]
    assert len(label) == 1 and label[0].source is not None
    assert label[0].source.mention.text == "PENCE"
    thinks = [c for c in claims if c.cue is not None and c.cue.span.text == "thinks"]
    assert thinks[0].content[0].text == "this is an episode of a game show"


@pytest.mark.parametrize("label", ["BOOM", "BUSTED", "BREAKING"])
def test_an_all_caps_headline_label_is_no_speaker(label: str) -> None:
    text = f"{label}: Ana Lane Just Fired A Missile At Tom Ruiz"
    assert all(c.cue is None or c.cue.span.text != ":" for c in claimkit.extract(text).claims)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ana Lane thinks this is a mistake.", "this is a mistake"),
        ("Ana Lane believes this plan will fail.", "this plan will fail"),
    ],
)
def test_this_opens_a_clause_not_a_setting(text: str, content: str) -> None:
    # "thinks this is ...": "this" was read as opening a time ("this week") after the
    # cue, and the claim was lost
    claim = one(text)
    assert claim.content[0].text == content


def test_a_role_with_a_partner_before_a_name_is_its_descriptor() -> None:
    text = "His former business partner at Lenox, Tom Ruiz, called him a master."
    claim = one(text)
    assert claim.source is not None and claim.source.mention.text == "Tom Ruiz"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Said Ana Lane: “The bridge is safe.”", "Said", "Ana Lane"),
        ("Says Mayor Tom Ruiz: “The bridge is safe.”", "Says", "Mayor Tom Ruiz"),
    ],
)
def test_a_verb_opening_a_colon_label_is_its_cue(text: str, cue: str, source: str) -> None:
    # "Said Ellis:" made "Said Ellis" the speaker of a colon
    claim = one(text)
    assert claim.cue is not None and claim.cue.span.text == cue and claim.cue.lemma == "say"
    assert claim.source is not None and claim.source.mention.text == source
    assert claim.content[0].text == "“The bridge is safe.”"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In 1986, the court blocked the sale of the plant, citing a threat to health.",
            "the court",
        ),
        (
            "Chastened by the analyses, as well as the complaints, Ana Lane revised her plan, "
            "promising to cut costs.",
            "Ana Lane",
        ),
        ("Recently, however, the union issued a paper, calling for new talks.", "the union"),
        (
            "Speaking at an event in Salem, New Hampshire, Tom Ruiz went after Bush, calling "
            "him a failure.",
            "Tom Ruiz",
        ),
        (
            "In London, Tom Ruiz, a columnist, walked off the set after arguing with the host.",
            "Tom Ruiz",
        ),
        ("Carly Fiorina backed Ruiz on Wednesday, saying it was time.", "Carly Fiorina"),
    ],
)
def test_a_participle_takes_the_subject_after_an_introductory_phrase(
    text: str, source: str
) -> None:
    # "In 1986, the court ..., citing": the participle had no source ("In" opened no
    # subject), or "Chastened"/"Recently"/"Speaking" was the source
    claim = claimkit.extract(text).claims[-1]
    assert claim.source is not None and claim.source.mention.text == source


def test_a_clause_after_a_comma_and_a_conjunction_is_no_apposition() -> None:
    # "Republicans, and the meeting soured from there, said one source": Republicans
    # were the speaker, and the real one the content
    text = "It did not go over well with Republicans, and the meeting soured, said one source."
    claim = one(text)
    assert claim.source is not None and claim.source.mention.text == "one source"


def test_coordinated_names_set_off_by_commas_stay_the_subject() -> None:
    text = "Senators Ana Lane and Tom Ruiz, and Gov. Jay Nixon, tweeted their approval of it."
    claim = one(text)
    assert claim.source is not None and claim.source.mention.text.startswith("Senators")


def test_a_source_noun_and_its_participle_are_the_subject() -> None:
    # "Protesters marching through the streets chanted": "the streets" chanted
    claim = one("Protesters marching through the streets chanted that the curfew was over.")
    assert claim.source is not None
    assert claim.source.mention.text == "Protesters marching through the streets"


def test_an_adverb_before_a_time_between_source_and_cue_is_skipped() -> None:
    claim = one("Wells Fargo just this month announced that it would cut jobs.")
    assert claim.source is not None and claim.source.mention.text == "Wells Fargo"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "WASHINGTON — Sen. Ana Lane on Wednesday met the judge and said the case was over.",
            "Sen. Ana Lane",
        ),
        (
            "ORLANDO, Fla. (Reuters) - Tom Ruiz met survivors on Thursday and said the city "
            "must act.",
            "Tom Ruiz",
        ),
        ("MANCHESTER — Ana Lane spoke on Monday, touting a message of unity.", "Ana Lane"),
    ],
)
def test_a_dateline_is_no_subject(text: str, source: str) -> None:
    # "WASHINGTON — X met ... and said": the dateline was the shared subject
    claim = claimkit.extract(text).claims[-1]
    assert claim.source is not None and claim.source.mention.text == source


def test_a_dateline_is_no_content() -> None:
    # "WASHINGTON — Clinton spoke on Monday, touting": "spoke" took the dateline as what
    # was said (and the participle's clause as its object)
    claims = claimkit.extract("WASHINGTON — Ana Lane spoke on Monday, touting unity.").claims
    assert [c.cue.span.text for c in claims if c.cue is not None] == ["touting"]


def test_a_weekday_after_a_bracketed_tag_is_no_source() -> None:
    text = "Sen. Ana Lane (D-Vt.) Saturday criticized the accord, saying it was weak."
    for claim in claimkit.extract(text).claims:
        assert claim.source is not None and claim.source.mention.text == "Sen. Ana Lane (D-Vt.)"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "A 2014 Senate committee report found that there was no order to stand down.",
            "found",
            "Senate committee report",
        ),
        ("The IG report cited no evidence that Lane intervened.", "cited", "The IG report"),
        (
            "A Senate report released last year found that the agency was not sure.",
            "found",
            "A Senate report released last year",
        ),
        (
            "A poll conducted by Gallup shows that Ana Lane leads.",
            "shows",
            "A poll conducted by Gallup",
        ),
        (
            "The Real Clear Politics average of polls shows Ana Lane leading by two points.",
            "shows",
            "The Real Clear Politics average of polls",
        ),
    ],
)
def test_a_document_noun_heads_the_subject_of_its_verb(text: str, cue: str, source: str) -> None:
    # "The IG report cited": "report" was read as the verb, with "The IG" reporting
    # "cited no evidence"
    claim = one(text)
    assert claim.cue is not None and claim.cue.span.text == cue
    assert claim.source is not None and source in claim.source.mention.text


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups condemned the bill but praised the senators who held it up.",
        "The budget office reported on Tuesday that the deficit grew.",
    ],
)
def test_a_finite_verb_in_ed_is_no_participle(text: str) -> None:
    # a participle's phrase is part of a subject ("a report released last year"); a
    # verb in -ed after a plain noun is the verb of its own clause
    first = claimkit.extract(text).claims[0]
    assert first.cue is not None and first.cue.span.text in ("condemned", "reported")


def test_a_relative_clause_verb_takes_no_quote_before_its_source() -> None:
    # "“…,” Scott's relatives, who asked for the video, told reporters": "asked" took
    # the quotation, and "told" lost it
    text = "“We want justice,” Ana Lane's relatives, who asked for the video, told reporters."
    claims = claimkit.extract(text).claims
    assert [(c.cue.span.text, c.content[0].text) for c in claims if c.cue is not None] == [
        ("told", "“We want justice,”")
    ]


def test_a_relative_clause_ends_at_its_comma() -> None:
    text = "Ana Lane, who asked about the video on Monday, told reporters it was fake."
    claims = claimkit.extract(text).claims
    assert all(c.content[0].text != "told reporters it was fake" for c in claims)
    quoted = "Tom Ruiz, who declared in the spin room, “It is time to unite.”"
    assert one(quoted).content[0].text == "“It is time to unite.”"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ana Lane told reporters it was fake.", "it was fake"),
        ("Ana Lane told the panel it would rain.", "it would rain"),
    ],
)
def test_it_after_a_recipient_opens_the_content(text: str, content: str) -> None:
    # "told reporters it was fake" gave the content "was fake": "it" was taken for
    # part of the recipient
    assert one(text).content[0].text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Analysts expect the central bank to raise rates in March.",
            "the central bank to raise rates in March",
        ),
        ("They want him to resign.", "him to resign"),
    ],
)
def test_an_object_and_its_infinitive_are_the_content(text: str, content: str) -> None:
    # "expect the central bank to raise rates": "expect" needs an infinitive, and
    # one after its object was not found
    assert one(text).content[0].text == content


def test_a_participle_aside_with_no_object_is_no_claim() -> None:
    # "Merkel, speaking after the summit, said ...": "speaking" took "said Europe must
    # stand together" as what it spoke
    claims = claimkit.extract("Ana Lane, speaking after the summit, said Europe must act.").claims
    assert [c.cue.span.text for c in claims if c.cue is not None] == ["said"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“It is over,” his lawyer, Tom Ruiz, said.", "“It is over,”"),
        ("The bridge is safe, the mayor, Ana Lane, said.", "The bridge is safe"),
    ],
)
def test_a_role_before_a_name_is_not_in_the_content(text: str, content: str) -> None:
    # "“…,” his lawyer, John Doe, said" gave the content "“…,” his lawyer", and "The
    # suspect's lawyer, John Doe, declined to comment" the content "The suspect's lawyer"
    assert one(text).content[0].text == content
    lawyer = claimkit.extract("The suspect's lawyer, Tom Ruiz, declined to comment.").claims
    assert all("lawyer" not in c.content[0].text for c in lawyer)


def test_a_participle_after_a_prepositions_object_has_no_source() -> None:
    # "said in a statement posted online": "a statement" posted "online"
    text = "“We will not back down,” the protesters said in a statement posted online."
    claims = claimkit.extract(text).claims
    assert [c.cue.span.text for c in claims if c.cue is not None] == ["said"]


def test_a_time_after_an_apposition_is_no_source() -> None:
    # "Christie, who chairs the team, on Sunday defended": "Sunday" defended
    text = "Ana Lane, who chairs the panel, on Sunday defended the plan."
    claim = one(text)
    assert claim.source is not None and claim.source.mention.text == "Ana Lane"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Intro.\n\n”We are ashamed of him.” ― Ana Lane", "”We are ashamed of him.”"),
        ("He said ”no” twice.", "”no”"),
    ],
)
def test_a_closing_mark_where_an_opening_one_stands_opens(text: str, quote: str) -> None:
    # a reader letter opening with ” (typed the wrong way round) was no quotation, so
    # its signature "― Sonya Herridge" was lost
    assert [text[q.start : q.end] for q in find_quotes(text).all] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "At the time, Ana Lane didn't come out and say the bridge should be closed.",
        "Ana Lane did not go on television and claim that the vote was rigged.",
    ],
)
def test_a_negated_verb_negates_the_report_coordinated_with_it(text: str) -> None:
    # "didn't come out and say X" gave the claim "say X", not negated
    claim = one(text)
    assert claim.cue is not None and claim.cue.negated


def test_an_evaluative_verb_has_no_inverted_source() -> None:
    # "..., refusing to attack his rivals": the rivals are what is attacked, and were
    # made the source of the sentence before the comma
    text = "Tom Ruiz is trumpeting a positive message on the trail, refusing to attack his rivals."
    assert all(
        c.source is None or c.source.mention.text != "his rivals"
        for c in claimkit.extract(text).claims
    )


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ana Lane, who has denied wrongdoing, said she would fight.", "denied", "wrongdoing"),
        ("Lane, who backs Ruiz, warned of a long battle.", "backs", "Ruiz"),
        (
            "An aide who said he was not authorized to speak said it failed.",
            "said",
            "he was not authorized to speak",
        ),
        ("The official, citing the report, said the talks had failed.", "citing", "the report"),
    ],
)
def test_a_relative_clause_or_aside_ends_before_the_main_clause(
    text: str, cue: str, content: str
) -> None:
    # "Lane, who has denied wrongdoing, said she would fight": the denial's content ran
    # on into the main clause, so Lane seemed to deny that she would fight
    claim = next(c for c in claimkit.extract(text).claims if c.cue and c.cue.span.text == cue)
    assert claim.content[0].text == content


@pytest.mark.parametrize(
    "text",
    [
        "A senior official who asked not to be named said the talks had collapsed.",
        "A diplomat who requested anonymity said the talks had collapsed.",
        "The official, speaking on condition of anonymity, said the talks had collapsed.",
        "The official, who spoke on the condition of anonymity, said the talks had collapsed.",
        "An aide who declined to be identified said the talks had collapsed.",
        "A senior official who was not named said the talks had collapsed.",
    ],
)
def test_an_anonymous_source_keeps_the_claim_and_makes_none(text: str) -> None:
    # the formula was the claim ("who asked" that "not to be named said the talks ...")
    # and the official's own report was lost
    claim = one(text)
    assert claim.cue is not None and claim.cue.span.text == "said"
    assert claim.content[0].text == "the talks had collapsed"
    assert claim.source is not None and claim.source.mention.text.startswith(("A ", "An ", "The "))


def test_a_trailing_according_to_holds_the_claim_before_it() -> None:
    # as ", officials said" does: the denial ended after "according to officials"
    denial, holder = claimkit.extract(
        "The minister denied that he had met the lobbyist, according to officials."
    ).claims
    assert denial.content[0].text == "that he had met the lobbyist"
    assert holder.cue is not None and holder.cue.span.text == "according to"
    assert holder.content[0].text.startswith("The minister denied")


@pytest.mark.parametrize(
    "text",
    [
        "The minister responded to accusations that he had lied.",
        "Ana Lane responded on Sunday to reports that she had lied.",
    ],
)
def test_a_clause_after_a_noun_of_others_claims_is_not_the_verbs(text: str) -> None:
    # the minister was given the claim "that he had lied": the clause is what the
    # accusations say, a claim without a named source
    for claim in claimkit.extract(text).claims:
        if claim.content[0].text.startswith("that"):
            assert claim.source is None  # the accusations', named by nobody
        else:
            assert claim.cue is not None and claim.cue.span.text == "responded"
            assert " to " in f" {claim.content[0].text}"


def test_a_clause_after_the_medium_a_source_speaks_in_is_its_own() -> None:
    for medium in ("a statement", "her opening remarks"):
        claim = one(f"Ana Lane said in {medium} that the bridge was safe.")
        assert claim.content[0].text == "that the bridge was safe"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nobody said the bridge was safe.", "Nobody"),
        ("No one has claimed responsibility for the attack.", "No one"),
        ("No official confirmed the report.", "No official"),
        ("Neither candidate said the vote was rigged.", "Neither candidate"),
        ("The minister neither confirmed nor denied the report.", "The minister"),
    ],
)
def test_a_report_nobody_made_is_negated(text: str, source: str) -> None:
    # "Nobody said P" is no claim that P: it read as one, and "No one" was named "No"
    claim = one(text)
    assert claim.source is not None and claim.source.mention.text == source
    assert claim.source.name is None
    assert claim.negated


def test_neither_nor_takes_the_object_both_cues_share() -> None:
    claim = one("The minister neither confirmed nor denied the report.")
    assert claim.cue is not None and claim.cue.span.text == "confirmed"
    assert claim.content[0].text == "the report"


def test_a_verb_before_a_noun_cue_is_no_part_of_its_source() -> None:
    # "The minister resisted calls for an inquiry" made "The minister resisted" call for it
    for claim in claimkit.extract("The minister resisted calls for an inquiry.").claims:
        assert claim.source is None or "resisted" not in claim.source.mention.text
    assert one("The accused said he was innocent.").source.mention.text == "The accused"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"The deal is dead," the official, who requested anonymity, said.', "the official"),
        (
            '"It will pass," one official, who spoke on the condition of anonymity, told Reuters.',
            "one official",
        ),
        (
            "One former aide, speaking on condition of anonymity because of an agreement, "
            "said the plan failed.",
            "One former aide",
        ),
    ],
)
def test_an_anonymity_formula_takes_nothing_from_the_report(text: str, source: str) -> None:
    # the formula's (dropped) claim took the quote first, and the report of the same
    # quote was pruned as its repeat: no claim was left
    claim = next(
        c for c in claimkit.extract(text).claims if c.cue and c.cue.span.text in ("said", "told")
    )
    assert claim.source is not None and claim.source.mention.text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Cruz lacks support from his colleagues, whom he alienated, said Larry Sabato.",
            "Larry Sabato",
        ),
        (
            "The plan hurts families, who are already struggling, said Senator Warren.",
            "Senator Warren",
        ),
        ("The economy will grow, which is good news, said the minister.", "the minister"),
    ],
)
def test_a_relative_clause_inside_the_content_leaves_the_source_after_the_cue(
    text: str, source: str
) -> None:
    claim = one(text)
    assert claim.source is not None and claim.source.mention.text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor of that Texas town said the water was safe.", "The mayor of that Texas town"),
        ("All the experts I interviewed said the plan was sound.", "the experts I interviewed"),
    ],
)
def test_subjects_kept_whole(text: str, source: str) -> None:
    claim = one(text)
    assert claim.source is not None and claim.source.mention.text == source


def test_told_whom_then_a_contracted_pronoun_keeps_it_in_the_content() -> None:
    claim = one("Ana Lane told reporters he’d never vote for Ruiz.")
    assert claim.content[0].text == "he’d never vote for Ruiz"


def test_no_wonder_negates_nothing() -> None:
    assert not one("No wonder Ruiz said the election was rigged.").negated


def test_an_according_to_inside_brackets_cuts_the_content_at_the_bracket() -> None:
    text = "Ruiz said crime rose 80 percent (the real figure is 15 percent, according to X)."
    claim = claimkit.extract(text).claims[0]
    assert claim.content[0].text == "crime rose 80 percent"


def test_not_only_negates_no_report() -> None:
    doc = claimkit.extract("Ana Lane not only said the vote was rigged, she said so twice.")
    first = doc.claims[0]
    assert first.cue is not None and first.cue.span.text == "said"
    assert not first.negated


# ----------------------------------------------------------------------------- text handling


def test_curly_and_crlf_text_keeps_offsets() -> None:
    text = "Ana Lane said\r\nthat the bridge\u2019s deck\u00a0was safe."
    doc = claimkit.extract(text)
    assert doc.claims
    for claim in doc.claims:
        for _, span in claim.spans():
            assert text[span.start : span.end] == span.text


def test_abbreviations_do_not_end_sentences() -> None:
    claim = one("Sen. Ana Lane of the U.S. Senate said the bridge was safe.")
    assert claim.source is not None and claim.source.mention is not None
    assert "Lane" in claim.source.mention.text


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("It rained. Then it stopped.", ["It rained.", "Then it stopped."]),
        ("It rained. 2020 was wet.", ["It rained.", "2020 was wet."]),
        ("It rained. Élise left.", ["It rained.", "Élise left."]),
        ("It rained. “Go,” he said.", ["It rained.", "“Go,” he said."]),
        ("It rained. (Then it stopped.)", ["It rained.", "(Then it stopped.)"]),
        ("It rained! \U0001f327 came back.", ["It rained!", "\U0001f327 came back."]),
        ("It rained.” Then it stopped.", ["It rained.”", "Then it stopped."]),
        # what cannot open a sentence: a small letter, a mark alone at the end
        ("It rained. then it stopped.", ["It rained. then it stopped."]),
        ("It rained e.g. in May.", ["It rained e.g. in May."]),
        ("It rained. (", ["It rained. ("]),
    ],
)
def test_sentence_boundaries(text: str, pieces: list[str]) -> None:
    from claimkit.text import analyze

    _, sents = analyze(text)
    assert [text[s.start : s.end] for s in sents] == pieces


def test_unbalanced_quote_does_not_fail() -> None:
    doc = claimkit.extract("“The bridge is safe, Ana Lane said. She said “it will reopen.")
    doc.validate()


def test_published_and_id_are_kept() -> None:
    doc = claimkit.extract("Ana Lane said it was safe.", published="2020-10-12", id="a1")
    assert doc.published == dt.date(2020, 10, 12)
    assert doc.id == "a1"


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"text": b"bytes"}, TypeError, "text must be a str"),
        ({"text": "x", "published": "12/10/2020"}, ValueError, "published"),
        ({"text": "x", "published": 2020}, TypeError, "published"),
        ({"text": "x", "id": 7}, TypeError, "id"),
    ],
)
def test_bad_arguments_are_named(kwargs: dict[str, object], error: type, words: str) -> None:
    text = kwargs.pop("text")
    with pytest.raises(error, match=words):
        claimkit.extract(text, **kwargs)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- the seed, enriched


def test_seed_factuality_conditions_and_times(seed: Document) -> None:
    assert by_cue(seed, "denies").source_factuality.code == "CT-"
    believe = by_cue(seed, "believe")
    assert [h.span.text for h in believe.hedges] == ["may"]
    assert believe.source_factuality.certainty.value != "CT"
    assert by_cue(seed, "feared").stance is Stance.BELIEF
    found = {
        (c.kind.value, flat(c.cue.text), flat(c.antecedent.text) if c.antecedent else None)
        for claim in seed.claims
        for c in claim.conditions
    }
    assert found == {
        (
            "proviso",
            "on the condition that",
            "the Iraqi government provides a timetable for their withdrawal from the country",
        ),
        (
            "if",
            "if",
            "the Iraqi government did not curb the Iranian-backed factions that "
            "launched attacks on American interests with missiles and planted roadside bombs",
        ),
        ("exchange", "in exchange for", "a clear plan for the departure of US forces"),
    }
    assert [(t.span.text, t.value) for t in by_cue(seed, "issued a statement").times] == [
        ("on Saturday", "2020-10-10")
    ]
    assert [(t.span.text, t.value, t.granularity.value) for t in by_cue(seed, "threat").times] == [
        ("last month", "2020-09", "month")
    ]
    first = seed.claims[0]
    assert first.conditions and first.source_factuality.certainty.value != "CT"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("When asked whether Mr. Lane would run, she smiled.", "whether Mr. Lane would run"),
        ("Asked on Monday if the deal would hold, Ana Lane laughed.", "if the deal would hold"),
        ("Asked if the deal would hold; she laughed.", "if the deal would hold"),
        ("When asked whether it holds", "whether it holds"),  # to the end, no comma
        # a clause without a comma stops after 80 words
        ("When asked whether " + "it holds and " * 40, "whether" + " it holds and" * 26 + " it"),
    ],
)
def test_subjectless_asked_is_a_reported_question(text: str, content: str) -> None:
    claims = [c for c in claimkit.extract(text).claims if c.cue and c.cue.lemma == "ask"]
    assert len(claims) == 1
    assert claims[0].content[0].text == content
    assert claims[0].stance is Stance.DOUBT
    assert claims[0].source is None


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "A new poll released on Tuesday showed Ana Lane with a 16-point lead.",
            "A new poll",
            "Ana Lane with a 16-point lead",
        ),
        (
            "News footage from the scene showed the windshield riddled with holes.",
            "News footage",
            "the windshield riddled with holes",
        ),
    ],
)
def test_document_subject_takes_any_complement(text: str, source: str, content: str) -> None:
    claims = claimkit.extract(text).claims
    assert [(c.source.mention.text if c.source else None, c.content[0].text) for c in claims] == [
        (source, content)
    ]


def test_evidence_verb_with_a_person_subject_needs_a_clause() -> None:
    assert claimkit.extract("Ana Lane showed the crowd her hands.").claims == ()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Protest groups say the restrictions are less for safety.", "Protest groups"),
        ("One in four said the party was hostile.", "One in four"),
        ("Many said they would vote.", "Many"),
        ("Ford itself said the deal was on.", "Ford"),
        ("Democratic voters overall said they had made up their minds.", "Democratic voters"),
    ],
)
def test_subject_shapes(text: str, source: str) -> None:
    claims = claimkit.extract(text).claims
    assert [c.source.mention.text for c in claims if c.source] == [source]


@pytest.mark.parametrize(
    ("text", "source", "descriptor"),
    [
        (
            "The Podesta Group's CEO, Kimberley Fritts, said the firms had coordinated.",
            "Kimberley Fritts",
            "The Podesta Group's CEO",
        ),
        ("His lawyer, Mark Smith, said he would appeal.", "Mark Smith", "His lawyer"),
        (
            "Many speakers at the service — including Muslims and Jews — said it is painful.",
            "Many speakers at the service",
            None,
        ),
    ],
)
def test_role_then_name_and_dashed_asides(text: str, source: str, descriptor: str | None) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.source is not None
    assert claim.source.mention.text == source
    assert (claim.source.descriptor.text if claim.source.descriptor else None) == descriptor


def test_seeing_something_as_something_is_a_belief_report() -> None:
    (claim,) = claimkit.extract("Party leaders see him as an invaluable asset.").claims
    assert claim.source is not None and claim.source.mention.text == "Party leaders"
    assert claim.content[0].text == "him as an invaluable asset"
    assert claimkit.extract("They see him in the hall.").claims == ()


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Ana Lane won the primary, according to early returns.",
            "early returns",
            "Ana Lane won the primary",
        ),
        (
            "It has not gone unnoticed: According to recent polls, Lane holds 14 percent.",
            "recent polls",
            "Lane holds 14 percent",
        ),
    ],
)
def test_according_to_a_bare_description(text: str, source: str, content: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.source is not None and claim.source.mention.text == source
    assert claim.content[0].text == content


def test_what_is_wanted_can_be_an_object() -> None:
    (claim,) = claimkit.extract("Rep. Ana Lane wants more funding for teachers.").claims
    assert claim.content[0].text == "more funding for teachers"
    assert claim.stance is Stance.DESIRE


def test_one_claim_per_act_when_a_cue_lies_inside_a_longer_one() -> None:
    text = "Asked on Monday whether he would run, Mr. Smith declined to comment."
    cues = [c.cue.span.text for c in claimkit.extract(text).claims if c.cue]
    assert "declined" not in cues
    assert "declined to comment" in cues


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # an infinitive, a relative clause or a verb is no setting: "he" opens no content
        ("She seems to think he is exempt.", "seems", "She seems to think he is exempt"),
        ("He was asked about incidents that happened in 1996.", None, None),
        ("He told reporters after the vote, which he lost, he would run.", "told", None),
    ],
)
def test_what_is_no_setting_before_a_clause(
    text: str, cue: str | None, content: str | None
) -> None:
    doc = claimkit.extract(text)
    if cue is None:
        assert all(c.cue is None or c.cue.span.text != "asked" for c in doc.claims)
        return
    (claim,) = [c for c in doc.claims if c.cue is not None and c.cue.span.text == cue]
    if content is not None:
        assert claim.content[0].text == content
    else:
        assert not claim.content[0].text.startswith("he would")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a comma and a conjunction opening a report of its own end the content before
        ("Lane said the bridge was safe, and Ruiz said it was not.", "the bridge was safe"),
        ("Lane said the bridge was safe, but Ruiz denied it.", "the bridge was safe"),
        ("Lane said the bridge was safe, while Ruiz insisted it was not.", "the bridge was safe"),
        ("Lane said the bridge was safe, and added that it would reopen.", "the bridge was safe"),
        (
            "Lane said the bridge was safe, but a spokesman for the city warned it was not.",
            "the bridge was safe",
        ),
        ("Lane said the bridge was safe, and many said it was.", "the bridge was safe"),
        # the clause after the conjunction is still the content
        (
            "Lane said tolls would rise, but would eventually fall.",
            "tolls would rise, but would eventually fall",
        ),
        (
            "Lane said tolls would rise, and the answers were not researched.",
            "tolls would rise, and the answers were not researched",
        ),
        (
            "Lane said the bridge was safe, and drivers were told to wait.",
            "the bridge was safe, and drivers were told to wait",
        ),
        (
            "Lane said there are drivers who wait, and who believe it is safe.",
            "there are drivers who wait, and who believe it is safe",
        ),
        (
            "Lane said tolls would rise, and drivers wanted relief.",
            "tolls would rise, and drivers wanted relief",
        ),
        (
            "Lane said tolls would rise, while urging drivers to wait.",
            "tolls would rise, while urging drivers to wait",
        ),
        (
            "Lane said tolls would rise and Ruiz said they would not.",
            "tolls would rise and Ruiz said they would not",
        ),
    ],
)
def test_a_coordinated_report_ends_the_content_before_it(text: str, first: str) -> None:
    claim = claimkit.extract(text).claims[0]
    assert claim.cue is not None and claim.cue.span.text == "said"
    assert [p.text for p in claim.content] == [first]


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # a parenthetical inside a reported "that" clause: the clause is its content
        ("Lane said that the bridge, officials said, was safe.", "that the bridge"),
        ("Lane told reporters that the bridge, officials said, was safe.", "that the bridge"),
        (
            "The tolls rose, and Lane said that the bridge, officials said, was safe.",
            "that the bridge",
        ),
        # not where the report before has no source (an adverbial clause), nor where
        # no "that" follows its cue, nor without a report before
        (
            "After being informed that he would be charged, police said, Lane left.",
            "After being informed that he would be charged",
        ),
        (
            "When Lane said that it would close, the bridge, officials said, was safe.",
            "When Lane said that it would close, the bridge",
        ),
        ("Lane said the bridge, officials said, was safe.", "Lane said the bridge"),
        ("The bridge, officials said, was safe.", "The bridge"),
        # the clause, whatever it holds before the parenthetical
        (
            "Lane said that the bridge, which is old, officials said, was safe.",
            "that the bridge, which is old",
        ),
        (
            "Lane said that the bridge (built in 1990), officials said, was safe.",
            "that the bridge (built in 1990)",
        ),
        (
            "Lane said that the bridge that collapsed, engineers said, was old.",
            "that the bridge that collapsed",
        ),
        # a second "that" clause joined to the first holds the parenthetical, whether
        # or not the first opens with "that"
        (
            "Lane said that it rained, and that the bridge, officials said, was safe.",
            "that the bridge",
        ),
        (
            "Lane said it rained or that the bridge, officials said, was unsafe.",
            "that the bridge",
        ),
        # a dash or a hyphen before the comma: a piece like any other
        ("Lane said that the bridge —, officials said, was safe.", "that the bridge"),
        ("Lane said that Tom Hill-, officials said, was safe.", "that Tom Hill"),
        # not where the report before ended earlier, a comma closed its clause, or a
        # nearer report holds the parenthetical without a "that"
        (
            "Lane said that it rained; the bridge, officials said, was safe.",
            "Lane said that it rained; the bridge",
        ),
        (
            "Lane, who said that it rained, thinks the bridge, officials said, was safe.",
            "Lane, who said that it rained, thinks the bridge",
        ),
        (
            "Lane said it rained, and the bridge, officials said, was safe.",
            "Lane said it rained, and the bridge",
        ),
        (
            "Lane said that the tolls rose and then told reporters the bridge, officials said, "
            "was safe.",
            "Lane said that the tolls rose and then told reporters the bridge",
        ),
    ],
)
def test_a_parenthetical_in_a_reported_clause_reports_the_clause(text: str, before: str) -> None:
    claim = next(c for c in claimkit.extract(text).claims if c.source and c.source.name != "Lane")
    assert claim.content[0].text == before


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # a quotation before its cue, after a claim of the same sentence: from the
        # conjunction or comma on, not from the sentence start
        ("“It holds,” he said, and “it does,” she said.", "“it does,”"),
        ("“It holds,” he said, and the wall is “huge,” she said.", "the wall is “huge,”"),
        ("“It holds,” Ruiz said; “it does,” Lane said.", "“it does,”"),
        # no comma, semicolon or conjunction after the claim before: it is inside
        (
            "The four loopholes he cited are “real and large,” she said.",
            "The four loopholes he cited are “real and large,”",
        ),
    ],
)
def test_a_quotation_before_its_cue_starts_after_the_claim_before(text: str, second: str) -> None:
    claims = claimkit.extract(text).claims
    assert claims[-1].content[0].text == second


def test_many_quotations_in_one_sentence_each_hold_their_own() -> None:
    text = "“It holds,” he said, and " * 50 + "that was all."
    claims = claimkit.extract(text).claims
    assert len(claims) == 50
    assert {c.content[0].text for c in claims[1:]} == {"“It holds,”"}


def test_many_parentheticals_in_one_sentence_each_report_their_own_clause() -> None:
    # each parenthetical reads only back to the one before it (the look-up was once
    # a walk over every earlier claim in the sentence: quadratic in its length)
    text = "Lane said that the bridge, officials said, was safe, and " * 50
    claims = [c for c in claimkit.extract(text + ".").claims if c.source.name == "officials"]
    assert len(claims) == 50
    assert {c.content[0].text for c in claims} == {"that the bridge"}
    text = "the bridge, officials said, was safe and " * 50
    claims = claimkit.extract(text + ".").claims
    assert len(claims) == 50
    assert all(c.content[0].text.endswith("was safe and the bridge") for c in claims[1:])


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # a report closing the sentence holds the one before it, which ends before it
        ("Lane said the bridge was safe, officials said.", "the bridge was safe"),
        (
            "Lane told reporters that the bridge was safe, a spokesman said on Monday.",
            "that the bridge was safe",
        ),
        (
            "Lane said the bridge was “safe for years,” officials said.",
            "the bridge was “safe for years,”",
        ),
        ("Lane said the bridge was safe, said Ruiz, a spokesman.", "the bridge was safe"),
        # a parenthetical stands inside the content: not cut
        ("Lane said the bridge, officials said, was safe.", "the bridge, officials said, was safe"),
    ],
)
def test_a_content_ends_before_the_report_holding_it(text: str, held: str) -> None:
    doc = claimkit.extract(text)
    lane = doc.claims[0]
    assert lane.source is not None and lane.source.name == "Lane"
    assert [p.text for p in lane.content] == [held]
    # the report holding it keeps the whole: it is the parent
    assert any(lane.parent is c for c in doc.claims[1:])


def test_a_long_content_is_cut_on_the_side_away_from_its_cue() -> None:
    # a sentence with no full stop for 4,000 characters: each piece keeps at most
    # MAX_CONTENT characters, those nearest the cue, cut at a word boundary
    from claimkit.attribution import MAX_CONTENT

    text = "the talks went on and " * 200 + "the truce, officials said, would hold " * 3
    text += "and the talks went on" * 100 + "."
    doc = claimkit.extract(text)
    claim = next(c for c in doc.claims if c.cue is not None and c.cue.span.start > 4000)
    assert claim.cue is not None
    before, after = claim.content[0], claim.content[1]
    assert before.end < claim.cue.span.start <= before.end + 20
    assert claim.cue.span.end < after.start <= claim.cue.span.end + 5
    for piece in (before, after):
        assert 0 < piece.end - piece.start <= MAX_CONTENT
        assert text[piece.start - 1] == " " and text[piece.end] in " .,"


@pytest.mark.parametrize(
    "text",
    [
        "Lane said the " + "w" * 1980 + " " * 40 + "rest of it.",
        "It was " + " " * 40 + "w" * 1980 + " x, officials said.",
        "Lane said the " + "w" * 1980 + " —" * 20 + " rest of it.",
    ],
    ids=["end", "start", "dashes"],
)
def test_a_content_cut_inside_a_run_of_spaces_is_trimmed(text: str) -> None:
    # the cut fell inside the run and kept the rest of it at the content's edge
    (claim,) = claimkit.extract(text).claims
    (piece,) = claim.content
    assert piece.text.strip(" —") == piece.text and "w" * 1980 in piece.text


def test_a_parent_after_its_child_is_the_documents_own_claim() -> None:
    # "officials said" holds Mohi's cue in its content: the later claim is the parent
    doc = claimkit.extract("The truce, Mohi said, would hold, officials said.")
    mohi, officials = doc.claims
    assert mohi.parent is officials
