"""The sentences whose verb agrees with its subject: an event named by a plural noun ('Os Jogos
Brasileiros …', 'Les Rencontres …', 'Die Festspiele …') ends in the plural ('terminaram', 'ont pris
fin', 'gingen … zu Ende'); review QQ2 read 'Os JBJ 2026 terminou em Goiânia' as a slip. A Polish
verb agrees in gender too ('Bieg … zakończył się', 'Konferencja … zakończyła się', 'Forum …
zakończyło się'), where the catalogue had a form's line ('…: zakończenie 17 maja 2026'; review QQ1).

The templates call `_()` with the singular sentence, as English writes it for both; where one of
its values is a plural `definite.Subject` (or one of known gender), the catalogue's entry of the
same message in the context 'plural subject' ('masculine subject', 'feminine subject', 'neuter
subject') is taken, where the language has one (`messages.gettext`). A user's template keeps
working as written, and gets the agreement too. The entries are listed here so that the catalogues
hold them (`scripts/update_catalogues.py`); a message not listed falls back to its singular."""

from __future__ import annotations

from reportgen.data import messages

#: The sentences, each in its entry for a plural subject; `GENDERED` in those for a singular one of
#: each gender (Polish writes them, the other catalogues as their plain entry).
SENTENCES = (
    messages.NC_("plural subject", "%(name)s ended on %(date)s."),
    messages.NC_("plural subject", "%(name)s ended %(in_city)s on %(date)s."),
    messages.NC_("plural subject", "%(name)s (%(short_name)s) ended on %(date)s."),
    messages.NC_("plural subject", "%(name)s (%(short_name)s) ended %(in_city)s on %(date)s."),
)

#: The sentences whose subject holds its particle (Korean: '전주국제영화제가 … 폐막했습니다'); the other
#: catalogues as their plain entry.
PARTICLED = (
    messages.NC_("subject with its particle", "%(name)s ended on %(date)s."),
    messages.NC_("subject with its particle", "%(name)s ended %(in_city)s on %(date)s."),
)

GENDERED = (
    messages.NC_("masculine subject", "%(name)s ended on %(date)s."),
    messages.NC_("masculine subject", "%(name)s ended %(in_city)s on %(date)s."),
    messages.NC_("masculine subject", "%(name)s (%(short_name)s) ended on %(date)s."),
    messages.NC_("masculine subject", "%(name)s (%(short_name)s) ended %(in_city)s on %(date)s."),
    messages.NC_("feminine subject", "%(name)s ended on %(date)s."),
    messages.NC_("feminine subject", "%(name)s ended %(in_city)s on %(date)s."),
    messages.NC_("feminine subject", "%(name)s (%(short_name)s) ended on %(date)s."),
    messages.NC_("feminine subject", "%(name)s (%(short_name)s) ended %(in_city)s on %(date)s."),
    messages.NC_("neuter subject", "%(name)s ended on %(date)s."),
    messages.NC_("neuter subject", "%(name)s ended %(in_city)s on %(date)s."),
    messages.NC_("neuter subject", "%(name)s (%(short_name)s) ended on %(date)s."),
    messages.NC_("neuter subject", "%(name)s (%(short_name)s) ended %(in_city)s on %(date)s."),
)
