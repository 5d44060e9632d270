"""Pages for people who would rather look than read: the report's index.html and article views.

An article view is the article's text with every quote marked in place, coloured by speaker, the
mention that names the speaker underlined, and speaker, verb, rule and tone shown on hover or focus;
reported speech is underlined in the speaker's colour (a quoted fragment inside it highlighted), and
scare quotes and titles are marked apart. The index page holds the headline figures, the charts and
a sortable, filterable table of speakers that links to their quotes. Every page is one file that
works offline: inline CSS, SVG and a few lines of script, nothing fetched. All text from articles is
escaped, so a quote holding `<script>` stays text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from quotes.model import Quote

from .charts import tone_color
from .sentiment import label, score

__all__ = ["article_page", "article_body", "index_page", "page_name", "show", "Page", "PAGE_STYLE"]

# Distinct colours for speakers (Okabe-Ito and a few more), readable behind dark text.
_PALETTE = ("#f6c85f", "#9dd866", "#8dddd0", "#ffa056", "#ca9ce1", "#6fb3e3", "#f08bb4", "#c9d36a", "#e8b497",
            "#a4b8f0")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_NAME_CHARACTERS = 60

PAGE_STYLE = """
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:62rem;padding:1rem 1.5rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
.article{white-space:pre-wrap;font-family:Georgia,serif;font-size:1.05rem}
mark.quote{background:var(--c);border-radius:3px;padding:0 1px;position:relative;color:inherit;cursor:help}
mark.quote:focus{outline:2px solid #222}
mark.scare{background:none;border-bottom:2px dotted #999}
mark.indirect{background:none;border-bottom:3px solid var(--c)}
u.mention{text-decoration-thickness:2px;text-decoration-color:var(--c,#555)}
.tip{display:none;position:absolute;left:0;top:100%;z-index:10;background:#222;color:#fff;font:13px/1.4 system-ui,sans-serif;
white-space:normal;width:max-content;max-width:22rem;padding:.35rem .5rem;border-radius:4px}
mark.quote:hover>.tip,mark.quote:focus>.tip{display:block}
.figures{display:flex;flex-wrap:wrap;gap:1rem}.figures div{background:#f4f4f4;padding:.6rem 1rem;border-radius:6px}
.figures b{display:block;font-size:1.4rem}
.charts{display:flex;flex-wrap:wrap;gap:1rem}.charts figure{margin:0;flex:1 1 28rem}.charts svg{width:100%;height:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{padding:.25rem .5rem;border-bottom:1px solid #ddd;text-align:left}
th{cursor:pointer;user-select:none;background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
input[type=search]{font-size:1rem;padding:.3rem .5rem;margin:.5rem 0;width:18rem}
.legend span{display:inline-block;margin-right:1rem}.swatch{border-radius:3px;padding:0 .3rem}
"""

# Sorting and filtering of the speakers table: no library, works offline.
_TABLE_SCRIPT = """
document.querySelectorAll('table.sortable').forEach(function(table){
  var body=table.tBodies[0];
  table.querySelectorAll('th').forEach(function(th,column){
    th.addEventListener('click',function(){
      var rows=Array.prototype.slice.call(body.rows),numeric=th.dataset.type==='number',down=th.dataset.down!=='1';
      rows.sort(function(a,b){var x=a.cells[column].dataset.v||a.cells[column].textContent,y=b.cells[column].dataset.v||b.cells[column].textContent;
        if(numeric){x=parseFloat(x)||0;y=parseFloat(y)||0;return down?y-x:x-y;}return down?y.localeCompare(x):x.localeCompare(y);});
      th.dataset.down=down?'1':'0';rows.forEach(function(row){body.appendChild(row);});
    });
  });
});
document.querySelectorAll('input[data-filter]').forEach(function(input){
  var table=document.getElementById(input.dataset.filter);
  input.addEventListener('input',function(){var q=input.value.toLowerCase();
    Array.prototype.forEach.call(table.tBodies[0].rows,function(row){row.hidden=row.textContent.toLowerCase().indexOf(q)<0;});});
});
"""


@dataclass(frozen=True, slots=True)
class Page:
    """An HTML page a notebook shows inline (Jupyter calls `_repr_html_`) and a script can save."""

    html: str

    def _repr_html_(self) -> str:
        return self.html

    def save(self, path: Any) -> None:
        from pathlib import Path

        Path(path).write_text(self.html, encoding="utf-8")


def page_name(article_id: str) -> str:
    """A file name for an article's view that stays inside the output folder whatever the id holds
    ("../../x", "a/b:c"): the id made safe, and a short hash so that two ids never share a name."""
    digest = hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    stem = _UNSAFE.sub("-", article_id).strip(".-")[:_NAME_CHARACTERS] or "article"
    return f"{stem}-{digest}.html"


def speaker_color(speaker: str | None) -> str:
    """A speaker's colour, the same in every page of a report."""
    if not speaker:
        return "#dddddd"
    return _PALETTE[int(hashlib.sha1(speaker.encode("utf-8", "surrogatepass")).hexdigest(), 16) % len(_PALETTE)]


def article_body(text: str, quotes: Sequence[Quote]) -> str:
    """The article's text as HTML with its quotes marked (see the module docstring)."""
    marks: list[tuple[int, int, int, str]] = []  # (position, order, nesting, html): closings before openings,
    # and at one position the outer mark opens first and closes last (a mixed quote inside reported speech)
    for quote in quotes:
        color = speaker_color(quote.speaker) if quote.is_speech else "transparent"
        if quote.is_speech:
            polarity = score(quote.text)[0]
            tip = (f"{escape(quote.speaker or 'speaker unknown')} · {escape(quote.verb or 'no verb')} · "
                   f"rule {escape(quote.rule or 'none')} · tone {label(polarity)} ({polarity:+.2f}) · {quote.kind}")
            opening = (f'<mark class="quote {quote.kind}" tabindex="0" style="--c:{color}" '
                       f'data-speaker="{escape(quote.speaker or "")}">')
        else:
            tip = "scare quote, title or term: not speech"
            opening = '<mark class="quote scare" tabindex="0">'
        marks.append((quote.outer_start, 2, -quote.outer_end, opening))
        marks.append((quote.outer_end, 0, -quote.outer_start, f'<span class="tip" role="tooltip">{tip}</span></mark>'))
        if quote.mention_start is not None and quote.mention_end is not None:
            marks.append((quote.mention_start, 3, 0, f'<u class="mention" style="--c:{color}">'))
            marks.append((quote.mention_end, 1, 0, "</u>"))
    marks.sort(key=lambda mark: mark[:3])
    pieces, position = [], 0
    for at, _, _, html in dict.fromkeys(marks):  # the parts of one utterance share one mention: mark it once
        pieces.append(escape(text[position:at]))
        pieces.append(html)
        position = at
    pieces.append(escape(text[position:]))
    return '<div class="article">' + "".join(pieces) + "</div>"


def article_page(text: str, quotes: Sequence[Quote], *, title: str, back: str | None = None) -> str:
    """A whole article view: a legend of its speakers, then the marked text."""
    speakers = list(dict.fromkeys(quote.speaker or "speaker unknown" for quote in quotes if quote.is_speech))
    legend = "".join(f'<span class="swatch" style="background:{speaker_color(name if name != "speaker unknown" else None)}">'
                     f"{escape(name)}</span>" for name in speakers)
    link = f'<p><a href="{escape(back)}">← all speakers</a></p>' if back else ""
    counts = f"{sum(quote.is_speech for quote in quotes)} quotes, {len(speakers)} speakers"
    return _document(title, f"{link}<h1>{escape(title)}</h1><p>{counts}</p><p class=legend>{legend}</p>"
                            f"{article_body(text, quotes)}")


def index_page(*, title: str, figures: Sequence[tuple[str, str]], charts: Sequence[tuple[str, str]],
               speakers: Sequence[Mapping[str, Any]], quotes_by_speaker: Mapping[str, Sequence[Mapping[str, Any]]],
               note: str = "") -> str:
    """The report's front page: headline figures, charts (title, inline SVG), and the speakers table
    whose names link to a list of their quotes."""
    boxes = "".join(f"<div>{escape(name)}<b>{escape(value)}</b></div>" for name, value in figures)
    drawn = "".join(f"<figure><figcaption class=sr>{escape(caption)}</figcaption>{chart}</figure>"
                    for caption, chart in charts)
    rows = []
    for number, row in enumerate(speakers):
        polarity = row.get("mean_polarity")
        anchor = f"s{number}" if row["speaker"] in quotes_by_speaker else None
        name = f'<a href="#{anchor}">{escape(row["speaker"])}</a>' if anchor else escape(row["speaker"])
        rows.append(f"<tr><td>{name}</td><td class=n>{row['quotes']}</td><td class=n>{row['words']}</td>"
                    f"<td>{escape(str(row.get('speaker_type') or ''))}</td><td>{escape(str(row.get('gender') or ''))}</td>"
                    f"<td class=n data-v=\"{'' if polarity is None else polarity}\" style=\"color:{tone_color(polarity)}\">"
                    f"{'' if polarity is None else f'{polarity:+.3f}'}</td></tr>")
    table = ('<input type="search" placeholder="filter speakers" data-filter="speakers" aria-label="filter speakers">'
             '<table id="speakers" class="sortable"><thead><tr><th>speaker</th><th data-type="number">quotes</th>'
             '<th data-type="number">words</th><th>type</th><th>gender (text)</th><th data-type="number">mean tone</th>'
             f'</tr></thead><tbody>{"".join(rows)}</tbody></table>')
    lists = []
    for number, row in enumerate(speakers):
        found = quotes_by_speaker.get(row["speaker"])
        if found:
            items = "".join(f"<li>“{escape(item['text'])}” <small>{_article_link(item)}</small></li>" for item in found)
            lists.append(f'<h3 id="s{number}">{escape(row["speaker"])}</h3><ul>{items}</ul>')
    body = (f"<h1>{escape(title)}</h1><div class=figures>{boxes}</div>{note}<h2>Charts</h2><div class=charts>{drawn}</div>"
            f"<h2>Speakers</h2>{table}<h2>Their quotes</h2>{''.join(lists)}")
    return _document(title, body, script=_TABLE_SCRIPT)


def _article_link(item: Mapping[str, Any]) -> str:
    article = escape(str(item.get("article_id", "")))
    if item.get("page"):
        return f'<a href="{escape(item["page"])}">{article}</a>'
    return article


def _document(title: str, body: str, *, script: str = "") -> str:
    scripts = f"<script>{script}</script>" if script else ""
    return ("<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
            '<meta name=viewport content="width=device-width,initial-scale=1">'
            f"<title>{escape(title)}</title><style>{PAGE_STYLE}.sr{{position:absolute;left:-9999px}}</style></head>"
            f"<body>{body}{scripts}</body></html>")


def show(data: Any, *, title: str = "Article") -> Page:
    """A page a notebook shows inline: for a text, its article view (quotes marked in place, speaker,
    verb, rule and tone on hover); for a quotes frame, its speakers and charts, as index.html shows
    a run. `Page.save(path)` writes it to a file.
    """
    if isinstance(data, str):
        from quotes import extract

        return Page(article_page(data, extract(data), title=title))
    if hasattr(data, "columns") and hasattr(data, "to_dict"):
        return Page(_frame_page(data, title=title if title != "Article" else "Who is quoted"))
    from quotes.errors import OptionError

    raise OptionError(f"show() takes an article's text or a quotes frame, not {type(data).__name__}")


def _frame_page(frame: Any, *, title: str) -> str:
    """The front page for a quotes frame, from the same tallies a run keeps."""
    from .charts import plot_speakers, plot_tone, plot_verbs, svg
    from .counts import frequency
    from .sentiment import tone

    speakers = frequency(frame)
    tones = tone(frame).set_index("speaker")["mean_polarity"].to_dict() if len(speakers) else {}
    rows = [{**row, "mean_polarity": tones.get(row["speaker"])} for row in speakers.to_dict("records")]
    charts = [("Top speakers", svg(plot_speakers(frame)))]
    if rows:
        charts += [("Tone per speaker", svg(plot_tone(frame))), ("Speech verbs", svg(plot_verbs(frame)))]
    speech = frame[frame["kind"] != "scare"] if len(frame) else frame
    quotes: dict[str, list[dict[str, Any]]] = {}
    for row in speech.to_dict("records"):
        if row.get("speaker") and len(quotes.setdefault(row["speaker"], [])) < 6:
            quotes[row["speaker"]].append({"text": row["text"], "article_id": row["article_id"]})
    figures = [("articles", f"{frame['article_id'].nunique():,}"), ("quote parts", f"{len(speech):,}"),
               ("speakers", f"{len(rows):,}")]
    return index_page(title=title, figures=figures, charts=charts, speakers=rows[:500], quotes_by_speaker=quotes)
