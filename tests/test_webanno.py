"""W3C Web Annotation round trips; schema.org Claim and Citron-style exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimkit
from claimkit.io.webanno import (
    WebAnnotationError,
    from_webanno,
    to_citron,
    to_schemaorg,
    to_webanno,
)

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_fd37600329ab474b.txt"


@pytest.fixture(scope="module")
def seed() -> claimkit.Document:
    return claimkit.extract(SEED.read_text(encoding="utf-8"), published="2020-10-12", id="seed")


def test_web_annotation_round_trip(seed: claimkit.Document) -> None:
    page = json.loads(json.dumps(to_webanno(seed, source_uri="https://example.org/seed")))
    assert page["type"] == "AnnotationCollection" and page["total"] == len(page["items"])
    first = page["items"][0]
    kinds = {s["type"] for s in first["target"]["selector"]}
    assert kinds == {"TextPositionSelector", "TextQuoteSelector"}
    back = from_webanno(page, seed.text, id="seed")
    assert [c.content for c in back.claims] == [c.content for c in seed.claims]
    assert [c.cue for c in back.claims] == [c.cue for c in seed.claims]
    assert [c.source and c.source.name for c in back.claims] == [
        c.source and c.source.name for c in seed.claims
    ]


def test_reanchors_by_quote_when_positions_drift(seed: claimkit.Document) -> None:
    page = to_webanno(seed)
    shifted = "PREFACE. " + seed.text  # positions are now off by 9
    back = from_webanno(page, shifted)
    assert back.claims[0].content[0].text == seed.claims[0].content[0].text
    with pytest.raises(WebAnnotationError, match="cannot be anchored"):
        from_webanno(page, "an unrelated text")


def test_schemaorg_claims(seed: claimkit.Document) -> None:
    data = to_schemaorg(seed, url="https://example.org/seed")
    claims = data["@graph"]
    assert data["@context"] == "https://schema.org" and len(claims) == len(seed.claims)
    first = claims[0]
    assert first["@type"] == "Claim" and first["datePublished"] == "2020-10-12"
    assert first["author"] == {"@type": "Person", "name": "Mohammed Mohi"}
    assert first["appearance"]["url"] == "https://example.org/seed"


def test_citron_quotes(seed: claimkit.Document) -> None:
    quotes = to_citron(seed)["quotes"]
    assert len(quotes) == len(seed.claims)
    direct = next(q for q in quotes if q["mode"] == "direct")
    assert direct["coreference"] == [{"text": "Mohammed Mohi"}]
    text = seed.text
    for q in quotes:
        for role in ("source", "cue", "content"):
            for s in q[role]:
                assert text[s["start"] : s["end"]] == s["text"]
