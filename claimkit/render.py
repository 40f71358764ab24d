"""One self-contained HTML page of an article with its claims highlighted.

Sources, cues, contents, hedges, conditions and times each get their own colour; every
highlighted piece carries a hover title (the claim's number, role, stance and FactBank
codes), and a legend and a table of claims follow the article. The page loads nothing
from the network and runs no script. Article text is untrusted: every character goes
through ``html.escape``, so ``<script>`` or an attribute-breaking quote shows as text.

>>> import claimkit
>>> page = html(claimkit.extract("Ana Lane said the bridge <b>was</b> safe."))
>>> "&lt;b&gt;was&lt;/b&gt;" in page and "<b>was</b>" not in page
True
"""

from __future__ import annotations

import html as _html
import itertools

from claimkit.model import Claim, Document

__all__ = ["html"]

# Role → (CSS class, colour, legend label), in drawing priority (later wins inside).
_ROLES = {
    "content": ("ck-content", "#fff3b0", "content (what is claimed)"),
    "source": ("ck-source", "#b9e3ff", "source (who)"),
    "cue": ("ck-cue", "#c8f2c2", "cue (how it is attributed)"),
    "hedge": ("ck-hedge", "#ffd0e0", "hedge or booster"),
    "condition": ("ck-condition", "#ffd8a8", "condition cue"),
    "antecedent": ("ck-antecedent", "#ffe9cc", "condition (antecedent)"),
    "time": ("ck-time", "#e2d5ff", "time"),
}
_PRIORITY = list(_ROLES)

_CSS = (
    """
body { font: 16px/1.6 Georgia, serif; max-width: 52em; margin: 2em auto; padding: 0 1em;
       color: #222; }
h1 { font-size: 1.3em; } .ck-article { white-space: pre-wrap; }
span[class^="ck-"] { border-radius: 3px; padding: 0 1px; }
"""
    + "".join(f".{cls} {{ background: {colour}; }}\n" for cls, colour, _ in _ROLES.values())
    + """
.ck-source { border-bottom: 2px solid #2a7fc1; } .ck-cue { font-weight: bold; }
.ck-legend span { margin-right: 1em; } table { border-collapse: collapse; width: 100%;
  font-size: .85em; margin-top: 1em; } td, th { border-top: 1px solid #ddd; padding: .3em;
  text-align: left; vertical-align: top; }
"""
)


def _label(i: int, claim: Claim, role: str) -> str:
    cue = claim.cue
    who = claim.source.name if claim.source and claim.source.name else "unresolved source"
    stance = f"{cue.stance.value}{', negated' if cue.negated else ''}" if cue else "no cue"
    return (
        f"claim {i}: {role}; source {who}; {claim.mode.value}; stance {stance}; "
        f"factuality source {claim.source_factuality.code}, author "
        f"{claim.author_factuality.code}"
    )


def html(doc: Document, *, title: str | None = None) -> str:
    """The page, as a string (UTF-8 when written).

    Args:
        doc: the document and its claims.
        title: the page title (default: the document's id).
    """
    text = doc.text
    n = len(text)
    # for each character, the innermost role covering it (and its claim): boundaries
    # are collected once, so the page is built in time linear in the text and spans
    events: dict[int, list[tuple[int, int, str, str]]] = {}
    for i, claim in enumerate(doc.claims, 1):
        for role, span in claim.spans():
            if span.start >= span.end or span.end > n:
                continue
            rank = _PRIORITY.index(role)
            events.setdefault(span.start, []).append((rank, span.end, role, _label(i, claim, role)))
    active: list[tuple[int, int, str, str]] = []
    out: list[str] = []
    cuts = sorted(set(events) | {0, n})
    ends: set[int] = set()
    for evs in events.values():
        ends.update(e for _, e, _, _ in evs)
    cuts = sorted(set(cuts) | ends)
    for a, b in itertools.pairwise(cuts):
        active = [x for x in active if x[1] > a]
        active.extend(events.get(a, []))
        piece = _html.escape(text[a:b], quote=True)
        if active:
            rank, _, role, label = max(active)
            cls = _ROLES[role][0]
            out.append(
                f'<span class="{cls}" title="{_html.escape(label, quote=True)}">{piece}</span>'
            )
        else:
            out.append(piece)
    legend = "".join(
        f'<span class="{cls}">{_html.escape(label)}</span>' for cls, _, label in _ROLES.values()
    )
    rows = []
    for i, c in enumerate(doc.claims, 1):
        who = (
            c.source.name or (c.source.mention.text if c.source.mention else "") if c.source else ""
        )
        content = " … ".join(p.text for p in c.content)
        rows.append(
            "<tr>"
            + "".join(
                f"<td>{_html.escape(str(x))}</td>"
                for x in (
                    i,
                    who,
                    c.cue.span.text if c.cue else "",
                    c.mode.value,
                    c.stance.value + (" (negated)" if c.negated else ""),
                    f"{c.source_factuality.code} / {c.author_factuality.code}",
                    content,
                )
            )
            + "</tr>"
        )
    name = _html.escape(title or doc.id or "claimkit")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">"
        f"<title>{name}</title><style>{_CSS}</style></head><body>"
        f"<h1>{name}</h1>"
        f'<p class="ck-legend">{legend}</p>'
        f'<div class="ck-article">{"".join(out)}</div>'
        "<table><tr><th>#</th><th>source</th><th>cue</th><th>mode</th><th>stance</th>"
        "<th>factuality (source / author)</th><th>content</th></tr>"
        + "".join(rows)
        + "</table></body></html>\n"
    )
