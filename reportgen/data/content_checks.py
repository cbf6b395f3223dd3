"""`validate`'s checks of what an event's texts say against its data and its editions: a title
split at its commas (`split_titles`), a summary's count its section contradicts
(`summary_counts`), a quote in another language than an edition's (`quote_languages`), a key
figure a series of years takes with no year the chart can tell (`trend_labels`), a Polish unit in
the wrong case after 'w {value}' (`polish_cases`), a sentence that writes its figure's qualifier
before `{value}`, which prints it too (`doubled_qualifiers`), a year a chart's series leaves out
that its texts say was cancelled (`cancel_hints`), a figure a text writes in another form than
the documents print it (`press_forms`)."""

from __future__ import annotations

from reportgen.data.cancel_hints import cancel_hints
from reportgen.data.doubled_qualifiers import doubled_qualifier_warnings
from reportgen.data.model import EventSummary
from reportgen.data.polish_cases import polish_case_warnings
from reportgen.data.prepare import editions
from reportgen.data.press_forms import press_form_warnings
from reportgen.data.project import Project
from reportgen.data.quote_languages import quote_language_warnings
from reportgen.data.race_times import race_time_warnings
from reportgen.data.said_notes import said_note_warnings
from reportgen.data.split_titles import split_title_warnings
from reportgen.data.summary_counts import summary_count_warnings
from reportgen.data.trend_labels import trend_label_warnings


def content_warnings(summary: EventSummary, project: Project | None = None) -> list[str]:
    """The warnings, each naming the field ('sections.lancements.summary: …')."""
    quotes = [w for edition, _ in editions(summary, project) for w in quote_language_warnings(edition)]
    # a Polish unit after 'w {value}' in the genitive where the sentence needs the locative
    cases = dict.fromkeys(
        w for edition, _ in editions(summary, project) for w in polish_case_warnings(edition)
    )
    return [
        *split_title_warnings(summary),
        *summary_count_warnings(summary),
        *quotes,
        *trend_label_warnings(summary),
        *cases,
        *doubled_qualifier_warnings(summary, project),  # 'sono arrivati oltre {value}' (review UU4 C)
        *cancel_hints(summary),
        *race_time_warnings(summary),  # 1:52'36"4: marks the documents set as quotes
        *said_note_warnings(summary),  # a note its figure's sentence says already
        *press_form_warnings(summary, project),  # '38 mil' where the documents print '38.000'
    ]
