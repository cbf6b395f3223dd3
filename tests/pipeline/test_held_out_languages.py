"""Held-out events written as a native editor writes them (issue 20, "Done means"): a German Messe,
a Chinese summit and expo, a French salon, a Japanese 展示会, a Spanish feria, an Italian fiera, a
Brazilian feira, a Korean 전시회, a Dutch vakbeurs, Polish targi and a Swedish musikfestival in
tests/events/languages/. Each
is built, and its facts are read back in the language's own phrasing, exactly as an editor of
that language would print them; no English template word is left anywhere a reader meets:
paragraphs, slides, speaker notes, charts' alt texts and the documents' titles.

They are not in the corpus (tests/events/*.yaml): a held-out event is what the corpus's plan was
not tuned to, and the corpus's check that no slide is near-empty is the plan's to meet.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from docx import Document

from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_text, pptx_notes, pptx_slide_texts, seen
from .test_catalogues import built, english_words, texts, without_data

HELD_OUT = ROOT / "tests" / "events" / "languages"
NBSP, NNBSP, WJ, THIN = "\u00a0", "\u202f", "\u2060", "\u2009"

#: Per event: its language, then texts the briefing and the deck must each hold, as written by hand.
EXPECTED: dict[str, tuple[str, list[str], list[str]]] = {
    "messe-de": (
        "de",
        [
            f"Abschlussbericht\u00a0· 18.–22.{NBSP}Oktober 2023\u00a0· Leipzig, Deutschland",
            # the name is a noun phrase: the sentence's subject takes its article
            # the title prints the name: the sentence under it names the event a second time
            f"Die Messe ging am 22.{NBSP}Oktober 2023 in Leipzig zu Ende.",
            # a band of four whose labels would be crammed is two rows of two (word_band_rows.py): in
            # half the band a qualifier is on its number's line
            f"rund 215.000\nFachbesucher\nStand: 22.{NBSP}Oktober 2023, 12:00 Uhr",
            "mehr als 3.500\nAussteller",
            "Knapp 3.000 Kongressteilnehmer",  # a compound names what it counts: no 'Teilnehmer' twice
            "Mehr als 52 Herkunftsländer",
            f"Der Anteil internationaler Besucher betrug 6,7{NBSP}%",
            f"rund 2,35{NBSP}Milliarden{NBSP}Euro",  # in half the band: on one line
            "„Die Branche hat in Leipzig ein starkes Zeichen gesetzt.“",  # no credit under its line,
        ],
        [
            # the speaker's notes introduce the event by its whole name
            "Die Internationale Fachmesse für Wasser und Umwelt 2023 (WUM 2023) ging am "
            f"22.{NBSP}Oktober 2023 in Leipzig zu Ende.",
            # a tile: the section's bullets leave it to the tiles rather than spill onto a second slide
            # (the tile's own lines; the briefing's band of four no longer sets them alike)
            f"rund\n215.000\nFachbesucher, Stand: 22.{NBSP}Oktober 2023, 12:00 Uhr",
            "mehr als\n3.500\nAussteller",
            "Knapp 3.000 Kongressteilnehmer",
            "Die Messe in Zahlen\nMehr Aussteller und mehr Fläche als im Vorjahr.",  # notes: name, summary
            "„Die Branche hat in Leipzig ein starkes Zeichen gesetzt.“",
        ],
    ),
    "gipfel-zh": (
        "zh",
        [
            "约62万人次\n观众\n截至2023年11月10日12:00",
            "超过1.8亿人次\n线上观看\n截至2023年11月10日15:30",
            "成交额同比增长6.7%",  # no space before % in Chinese
            "外资项目金额近784.1亿美元",
            "发布报告近10份",
            "签约项目超过260个",
            "“数字贸易正在成为开放合作的新引擎。”",  # under its speaker's line: no credit
            "《峰会闭幕新闻稿（示例）》，2023年11月10日。",
        ],
        [
            # tiles: the section's bullets leave them to the tiles rather than spill onto a second slide
            "超过\n3,400家\n参展企业",
            "约\n62万人次\n观众，截至2023年11月10日12:00",
            "5720亿元人民币\n签约金额",  # a tile: no bullet repeats it
            "成交额同比增长6.7%",
            "“数字贸易正在成为开放合作的新引擎。”",
        ],
    ),
    "salon-fr": (
        "fr",
        [
            "Bilan de clôture\u00a0· 1er–5 octobre 2024\u00a0· Lyon, France",
            # the title prints the name: the sentence under it names the event a second time
            "Le salon a pris fin à Lyon le 5 octobre 2024.",
            f"environ{NBSP}82{NNBSP}000\nVisiteurs\nau 5 octobre 2024 à 14{NBSP}h",
            f"près{NBSP}de 15{NBSP}milliards{NBSP}d’euros",
            f"La hausse de la fréquentation a été de 6,7{NBSP}%",
            "Claire Dubois, présidente du salon, a ouvert le salon.",
        ],
        [
            # the speaker's notes introduce the event by its whole name
            "Le Salon international de l’agroalimentaire 2024 (SIAL-Test 2024) a pris fin à Lyon",
            "1er–5 octobre 2024\u00a0· Lyon, France",
            # the notes: the section's name on its own line, its summary as written; a title after
            # a name in small letters
            "Le salon en chiffres\nUne édition record pour les exposants internationaux.",
            "Claire Dubois, présidente du salon, a ouvert le salon.",
            "plus de\n500\n\nExposants",  # a tile: no bullet on its section's slide repeats it
            f"environ\n82{NNBSP}000\n\nVisiteurs, au 5 octobre 2024 à 14{NBSP}h",
            f"près de\n15{NBSP}milliards\nd’euros\nVolume d’affaires",  # the currency on the unit's line
        ],
    ),
    "tenjikai-ja": (
        "ja",
        [
            "3,400社以上\n出展社",  # a counter is printed even after a label that ends with it
            "約620人\n来場者\n2024年11月15日12:00時点",
            "約120億円\n商談額",
            "「ロボット産業の未来を示す展示会となった。」",
        ],
        [
            "3,400社以上\n出展社",  # a tile: no bullet on its section's slide repeats it
            "約\n620人\n来場者、2024年11月15日12:00時点",
            "「ロボット産業の未来を示す展示会となった。」",
        ],
    ),
    # a reviewer's Taiwanese expo: Taiwan's words and marks, never English headings or “ ”
    "taipei-computer-expo-2026": (
        "zh",
        [
            "閉幕簡報·2026年6月2日至5日·臺灣臺北",  # Chinese middle dot, city after its country
            "\n「AI串聯，共創未來」\n",  # CLDR's zh_Hant quotes, the theme a line of its own
            # the title prints the name: the sentence under it names the event a second time
            "台北電腦展2026於2026年6月5日在臺北閉幕。",
            # the key figures' heading over the band, the table's heads (band25: one block)
            "\n關鍵數據\n",
            "\n項目\n數值\n",
            # the credit in the quotation's paragraph, after a line break (office/word_pages.py)
            "「台北電腦展已成為全球AI供應鏈最重要的交流平台，今年國際買主人數再創新高。」",
            "\n資料來源\n",
            "2026台北國際電腦展·第1頁",  # as Taiwan counts pages (review Z: not "頁碼 1")
        ],
        [
            # the speaker's notes introduce the event by its whole name
            "2026台北國際電腦展（台北電腦展2026）於2026年6月5日在臺北閉幕。",
            "閉幕簡報·展覽",
            "台北電腦展2026重點一覽",
            # a share of "more than" is 約 too (once, in its note); the whole bracketed after the title, as
            # the deck's other chart titles write it (plan/totals.py, charts19)
            "參展企業來源地（共超過1,500家）\n臺灣：820（55%）\n美國：210（14%）",  # 約 once: its note
            # exact parts making the whole's number have exact shares (charts26, review YY4 #8)
            "環圈圖：參展企業來源地（超過1,500家）。臺灣：820（55%）；",
        ],
    ),
    # a reviewer's Japanese fair: 中黒 between a heading's parts, numbers as the Japanese press
    # writes them ('1万2400件', never the Chinese '1.24万件'), a katakana word whole in the title
    "osaka-business-matching-2026": (
        "ja",
        [
            "閉幕報告・2026年11月11日～13日・大阪（日本）",
            # (the 1万2400 deals are their chart's in the briefing, which draws and captions them)
            "3万8600人、2026年11月13日17:00時点",
            "関西マッチングフェア2026・閉幕報告",
        ],
        [
            "閉幕報告・商談会",
            "関西ものづくりビジネスマッチングフェア2026",  # (its line break: tests/office/test_cjk_words.py)
            "1万2400件\n商談件数",  # the counter on its number's line
            # a rounding, said once (test_rounded_shares.py); the whole bracketed after the title
            "出展社の業種（計420社）\n金属加工：138（33%）",
            "商談件数：1万2400件",
        ],
    ),
    "feria-es": (
        "es",
        [
            # the subtitle wraps: its line breaks at the separator, which it drops (word_separators.py)
            "Informe de clausura\u00a0· 15–18 de octubre de 2024",
            "Madrid, España",
            # the title prints the name: the sentence under it names the event a second time
            "La FIER 2024 concluyó en Madrid el 18 de octubre de 2024.",
            f"más{NBSP}de\n1400\nExpositores",  # the band's qualifiers over their numbers (YY2 #5)
            f"alrededor{NBSP}de\n82.000\nVisitantes profesionales\nal corte de las 14:00 horas del "
            "18 de octubre de 2024",
            f"casi\n2400{NBSP}millones{NBSP}de{NBSP}euros",
            f"El aumento de la asistencia fue del 6,7{NBSP}%",
            "Lucía Fernández, directora de la feria, inauguró la feria.",
            "Fuentes",
        ],
        [
            # the speaker's notes introduce the event by its whole name
            "La Feria Internacional de la Energía Renovable 2024 (FIER 2024) concluyó en Madrid el 18 de "
            "octubre de 2024.",
            "FIER 2024 de un vistazo",
            "La feria en cifras\nUna edición récord en expositores internacionales.",
            "Lucía Fernández, directora de la feria, inauguró la feria.",
            "más de\n1400\n\nExpositores",  # a tile: no bullet on its section's slide repeats it
            "alrededor de\n82.000\n\nVisitantes profesionales, al corte de las 14:00 horas del "
            "18 de octubre de 2024",
            f"casi\n2400{NBSP}millones\nde euros\nVolumen de negocio",
            "Gráfico de columnas: Expositores por país. España: 610; Alemania: 240; Portugal: 150.",
        ],
    ),
    "fiera-it": (
        "it",
        [
            "Rapporto di chiusura\u00a0· 1º–5 ottobre 2024\u00a0· Milano, Italia",  # the 1st as an ordinal
            # the title prints the name: the sentence under it names the event a second time
            "La fiera ha chiuso i battenti a Milano il 5 ottobre 2024.",
            f"oltre{NBSP}2100\nEspositori",
            f"circa{NBSP}370.000\nVisitatori\ndato alle ore 18:00 del 5 ottobre 2024",
            f"quasi 15{NBSP}miliardi{NBSP}di{NBSP}euro",
            "La quota di visitatori esteri è stata del 6,7%",
            "Fonti",
        ],
        [
            # the speaker's notes introduce the event by its whole name
            "Il Salone internazionale del mobile e del design 2024 (SMD 2024) ha chiuso i battenti a "
            "Milano il 5 ottobre 2024.",
            "SMD 2024 in sintesi",
            "La fiera in numeri\nUn’edizione da record per gli espositori esteri.",
            "Giulia Rossi, presidente della fiera, ha inaugurato la fiera.",
            "oltre\n2100\n\nEspositori",  # a tile: no bullet on its section's slide repeats it
            "circa\n370.000\n\nVisitatori, dato alle ore 18:00 del 5 ottobre 2024",
            "«Milano si conferma capitale mondiale del design.»",
        ],
    ),
    "feira-pt": (
        "pt",
        [
            # days closed up
            "Balanço de encerramento\u00a0· 1º–5 de outubro de 2024",  # the subtitle wraps at its dot
            "Ribeirão Preto, Brasil",
            # the title prints the name: the sentence under it names the event a second time
            "A FITA 2024 terminou em Ribeirão Preto no dia 5 de outubro de 2024.",
            f"cerca{NBSP}de\n190.000\nVisitantes\naté às 18h de 5 de outubro de 2024",
            f"quase\n13,6{NBSP}bilhões{NBSP}de{NBSP}reais",  # the band's qualifiers over their numbers
            "Fontes",
        ],
        [
            # the speaker's notes introduce the event by its whole name
            "A Feira Internacional de Tecnologia Agrícola 2024 (FITA 2024) terminou em Ribeirão Preto no "
            "dia 5 de outubro de 2024.",
            "FITA 2024 em resumo",
            "A feira em números\nUma edição recorde em negócios e em visitantes.",
            "Ana Souza, presidente da feira, abriu a feira.",
            "mais de\n800\n\nExpositores",  # a tile: no bullet on its section's slide repeats it
            "cerca de\n190.000\n\nVisitantes, até às 18h de 5 de outubro de 2024",
            "Gráfico de colunas: Expositores por estado.",
        ],
    ),
    "jeonsihoe-ko": (
        "ko",
        [
            "폐막 보고서\u00a0· 2024년 11월 12일~15일\u00a0· 대한민국 서울",
            # the title prints the name: the sentence under it names the event a second time
            # its short name less its year, with its particle (review YY3 #9), not '로봇전 2024 행사가'
            "로봇전이 2024년 11월 15일 서울에서 폐막했다.",
            f"1,400곳{NBSP}이상\n참가 기업",  # a counter straight after its number, 'more than' after it
            # a space after 만 and 억, the digits before them grouped: as a Korean editor writes them
            f"약{NBSP}62만{NBSP}명\n관람객\n2024년 11월 15일 오후 2시 기준",  # a tile: unit_gap
            f"약{NBSP}1200억{NBSP}원\n상담액",
            "전시 면적은 6만 m²",
            "김민준 조직위원장은 개막을 선언했다.",  # titles after the name, the topic particle
            "출처",
        ],
        [
            # the speaker's notes introduce the event by its whole name
            "국제로봇산업전 2024(로봇전 2024) 행사가 2024년 11월 15일 서울에서 폐막했다.",
            "한눈에 보는 로봇전 2024",
            "약\n1200억\u00a0원\n상담액",  # a tile: its number, scale word and currency on one line
            "1,400곳\u00a0이상\n참가 기업",  # a tile: no bullet on its section's slide repeats it
            "약\n62만\u00a0명\n관람객, 2024년 11월 15일 오후 2시 기준",
            "세로 막대 차트: 분야별 참가 기업 수.",
        ],
    ),
    "beurs-nl": (
        "nl",
        [
            "Slotrapport\u00a0· 15–18 oktober 2024\u00a0· Utrecht, Nederland",
            # the title prints the name: the sentence under it names the event a second time
            # its kind before its short name (review YY1 #7), no longer 'Het evenement VWD 2024 …'
            "De vakbeurs VWD 2024 sloot op 18 oktober 2024 in Utrecht de deuren.",
            f"meer{NBSP}dan{NBSP}650\nStandhouders",
            f"circa{NBSP}28.000\nBezoekers\nstand per 18 oktober 2024, 14.00 uur",
            f"bijna{NBSP}2,4{NBSP}miljard{NBSP}euro",  # the currency in the singular
            "Bronnen",
        ],
        [
            # the speaker's notes introduce the event by its whole name
            "De Internationale Vakbeurs voor Water en Delta 2024 (VWD 2024) sloot op 18 oktober 2024 in "
            "Utrecht de deuren.",
            "VWD 2024 in het kort",
            "De beurs in cijfers\nMeer standhouders en meer bezoekers dan vorig jaar.",
            "Sanne de Vries, directeur van de beurs, opende de beurs.",
            "meer dan\n650\n\nStandhouders",  # a tile: no bullet on its section's slide repeats it
            "circa\n28.000\n\nBezoekers, stand per 18 oktober 2024, 14.00 uur",
            "Kolomdiagram: Standhouders per land.",
        ],
    ),
    "targi-pl": (
        "pl",
        [
            "Raport końcowy\u00a0· 12–15 marca 2024\u00a0· Poznań, Polska",
            # the verb agrees with the name's head noun ('Targi': plural), as its initialism's does;
            # the city in the locative; the title prints the name: the sentence under it names the
            # event a second time
            "MTBA 2024 zakończyły się 15 marca 2024 w Poznaniu.",
            # the label is the unit in another case: one of them (review Q: '650 / wystawców / Wystawcy')
            "ponad 650\nWystawcy",
            "około 28 000\nZwiedzający\nstan na 15 marca 2024, godz. 14:00",
            "prawie 2,4 mld zł",  # the press's short scale word and the złoty's short name
            "Powierzchnia wystawiennicza wyniosła 42 000 m²",  # the verb agrees with its noun
            "Wzrost liczby zwiedzających wyniósł 6,7%",
            "Co najmniej 24 konferencje i seminaria",  # the unit as written for its number: a sentence
            # a count with nothing but its number: a key figure (plan/bare_counts.py), in the band
            "ponad 3200\nUczestnicy",
            "„Komunikat końcowy organizatora (przykład)”, 15 marca 2024.",  # Polish quotes
            "Źródła",
        ],
        [
            # the speaker's notes introduce the event by its whole name
            "Międzynarodowe Targi Budownictwa i Architektury 2024 (MTBA 2024) zakończyły się 15 marca "
            "2024 w Poznaniu.",
            "MTBA 2024 w skrócie",
            "ponad\n650\nWystawcy",  # a tile
            "prawie\n2,4 mld zł\nWartość zawartych kontraktów",
            "Anna Kowalska, dyrektor targów, otworzyła targi.",  # a title in small letters
            "Targi w liczbach\nWięcej wystawców i więcej zwiedzających niż przed rokiem.",
            "Wykres kolumnowy: Wystawcy według krajów. Polska: 380; Niemcy: 120; Czechy: 90.",
        ],
    ),
    "festival-sv": (
        "sv",
        [
            "Slutrapport\u00a0· 8–10 augusti 2024\u00a0· Göteborg, Sverige",
            # the title prints the name: the sentence under it names the event a second time
            "Havsbris 2024 avslutades i Göteborg den 10 augusti 2024.",
            "cirka\n62 000\nBesökare\nper den 10 augusti 2024 kl. 23.00",
            "nästan\n185 miljoner kronor",  # the band's qualifiers over their numbers (YY2 #5)
            "minst 1 500\nVolontärer",  # a count with nothing but its number: the band's second row
            "Andelen besökare från utlandet var 14 %",  # the definite form as the subject
            "”Festivalens slutpressmeddelande (exempel)”, 11 augusti 2024.",  # Swedish quotes
            "Källor",
        ],
        [
            # the speaker's notes introduce the event by its whole name
            "Havsbris Musikfestival 2024 (Havsbris 2024) avslutades i Göteborg den 10 augusti 2024.",
            "Havsbris 2024 i korthet",
            "drygt\n120\n\nArtister",  # a tile
            "nästan\n185 miljoner\nkronor\nOmsättning",
            "Lena Berg, festivalgeneral för Havsbris, öppnade festivalen.",
            "Festivalen i siffror\nFler besökare och fler artister än förra året.",
            # the days in the calendar's order, never by size
            "Stapeldiagram: Besökare per dag. Torsdag: 18 000; Fredag: 21 000; Lördag: 23 000.",
        ],
    ),
    "festival-nb": (
        "nb",
        [
            "Sluttrapport\u00a0· 8.–10. august 2024\u00a0· Bergen, Norge",
            # the title prints the name: the sentence under it names the event a second time
            "Fjordlyd 2024 ble avsluttet i Bergen 10. august 2024.",
            "omkring\n62 000\nBesøkende\nper 10. august 2024 kl. 23.00",
            "nesten\n185 millioner kroner",  # the amount before its currency; its qualifier over it
            "minst 1 500\nFrivillige",  # the band's second row (band25: no table of two rows)
            "Andelen besøkende fra utlandet var 14 %",  # the definite form as the subject
            "Kari Lunde, festivalsjef for Fjordlyd, åpnet festivalen.",  # a title in small letters
            "«Festivalens avsluttende pressemelding (eksempel)», 11. august 2024.",  # Norwegian quotes
            "Kilder",
        ],
        [
            # the speaker's notes introduce the event by its whole name
            "Fjordlyd Musikkfestival 2024 (Fjordlyd 2024) ble avsluttet i Bergen 10. august 2024.",
            "Fjordlyd 2024 i korte trekk",
            "over\n120\n\nArtister",  # a tile
            "nesten\n185 millioner\nkroner\nOmsetning",
            "Festivalen i tall\nFlere besøkende og flere artister enn i fjor.",
            # the days in the calendar's order, never by size
            "Stolpediagram: Besøkende per dag. Torsdag: 18 000; Fredag: 21 000; Lørdag: 23 000.",
        ],
    ),
    # reviewer JJ's Danish biennale (tests/data/review_events/): 'knap 47 millioner kroner' as its
    # source writes it, never 'nearly kr.47 millioner'; the templates' words in Danish
    "designbiennale-kolding-da-dk": (
        "da",
        [
            "Slutrapport\u00a0· 10.–20. september 2026\u00a0· Kolding, Danmark",
            # the title prints the name: the sentence under it names the event a second time
            "Designbiennalen 2026 sluttede den 20. september 2026.",
            "mere end 84.000\nBesøgende i alt\npr. 20. september 2026 kl. 18.00",
            # the band's second row, not a table of two rows under 'Nøgletal' (band25), on the first
            # row's grid (fxa): in its narrower cell the currency takes the line under the number,
            # its qualifier before it (YY2 #5: a line more, not the amount at text size)
            "knap 47 millioner kroner\nSamlet ordreværdi",
            "Eksport tegnede sig for mere end 54 % af ordrerne.",
            "Billetsalget indbragte omkring 6,3 millioner kroner.",
            "Kilder",
            "Designbiennalen Kolding 2026 · side 1",
        ],
        [
            # the speaker's notes introduce the event by its whole name
            "Designbiennalen Kolding 2026 (Designbiennalen 2026) sluttede den 20. september 2026.",
            "Slutrapport · Designbiennale",
            "Designbiennalen 2026 kort fortalt",
            "mere end\n84.000\nBesøgende i alt, pr. 20. september 2026 kl. 18.00",
            "knap\n47 millioner\nkroner\nSamlet ordreværdi",
            "Eksport tegnede sig for mere end 54 % af ordrerne",
            "Liggende søjlediagram: Besøgende pr. programspor (mere end 84.000 besøgende). "
            "Hovedudstillingen på Trapholt: 31.500 (38 %)",  # exact parts: exact shares (charts26)
            "Kilder: “Designbiennalen Kolding 2026 slår besøgsrekord”",
            "Kilder til nøgletallene:",
        ],
    ),
    # reviewer LL's Turkish conference (tests/data/review_events/): '9.000’den fazla' with the
    # ending the number takes as spoken, 'neredeyse 38 milyon dolar', the templates' words in Turkish
    "oyun-gelistiricileri-istanbul-tr-tr": (
        "tr",
        [
            "Kapanış raporu\u00a0· 14–16 Ekim 2026\u00a0· İstanbul, Türkiye",
            # the title prints the name: the sentence under it names the event a second time
            "İOGK 2026, 16 Ekim 2026 tarihinde sona erdi.",
            "9.000’den fazla\nKatılımcı",
            # the deals are the band's fourth figure (thin22): in a quarter the qualifier over its number
            "yaklaşık\n2.400\nİkili iş görüşmesi",
            # the deals' line said only the band's figure again (thin22): the band prints it
            "neredeyse\n38 milyon dolar\nAçıklanan yatırım ve yayın anlaşmaları",
            "Katılımcılar 41 ülkeden geldi.",
            "Kaynaklar",
            "İstanbul Oyun Geliştiricileri Konferansı 2026 · sayfa 1",
        ],
        [
            # the speaker's notes introduce the event by its whole name
            "İstanbul Oyun Geliştiricileri Konferansı 2026 (İOGK 2026), 16 Ekim 2026 tarihinde sona erdi.",
            "Kapanış raporu · Konferans",
            "Rakamlarla İOGK 2026",
            "9.000’den fazla\nKatılımcı",
            "neredeyse\n38 milyon dolar\nAçıklanan yatırım ve yayın anlaşmaları",  # unit: tile_units.py
            "Öne çıkan rakamların kaynakları:",
            "Kaynak: “İOGK 2026 rekor katılımla sona erdi”",
            "Yatay çubuk grafik: Platformlara göre sergilenen oyunlar (180 oyun). Mobil: 74 (%41); "
            "PC: 52 (%29)",
        ],
    ),
}
#: Events held out elsewhere than tests/events/languages/: a reviewer's, kept with the others.
SOURCES = {
    "designbiennale-kolding-da-dk": ROOT
    / "tests"
    / "data"
    / "review_events"
    / "designbiennale-kolding-da-dk.yaml",
    "oyun-gelistiricileri-istanbul-tr-tr": ROOT
    / "tests"
    / "data"
    / "review_events"
    / "oyun-gelistiricileri-istanbul-tr-tr.yaml",
}


def _source(name: str) -> Path:
    return SOURCES.get(name, HELD_OUT / f"{name}.yaml")


#: Words of the documents' own English (messages, sentences, phrases) that no other language uses.
ENGLISH = (
    "and", "as of", "Source", "Sources", "continued", "Other highlights", "Notes on the figures",
    "at a glance", "Key figures", "more than", "nearly", "about", "billion", "million", "Where the",
    "come from", "Closing", "Page", "Bar chart", "pm",
)  # fmt: skip
#: English words that are words of the language too ('Sources' in French, 'on' in Turkish).
#: Words of the language the English word lists also hold: Turkish 'on' is ten ('on stüdyo'); the
#: French elided reflexive 's’' ('Le montant s’est élevé', the news lede of round 23) is English 's.
SHARED = {"fr": {"Source", "Sources", "s"}, "tr": {"on"}}


def _built(name: str, tmp_path: Path) -> tuple[Path, Path, list[str], list[str]]:
    briefing, deck = built(_source(name), tmp_path / "out")
    every = texts(briefing, deck)
    return briefing, deck, [docx_text(briefing)], [*pptx_slide_texts(deck), *pptx_notes(deck), *every]


@pytest.mark.parametrize("name", list(EXPECTED))
def test_a_held_out_events_facts_read_in_its_own_language(name: str, tmp_path: Path) -> None:
    _, _, briefing, deck = _built(name, tmp_path)
    _, in_briefing, in_deck = EXPECTED[name]
    for phrase in in_briefing:  # as seen: the ties are tests/data/test_no_break.py's
        assert seen(phrase) in seen("\n".join(briefing)), (name, phrase)
    for phrase in in_deck:
        assert seen(phrase) in seen("\n".join(deck)), (name, phrase)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_no_english_word_is_left_in_a_held_out_event(name: str, tmp_path: Path) -> None:
    """Every text a reader meets, speaker notes, alt texts and titles included, less the event's
    own strings, holds no English word of the catalogues and none of the sentences' own."""
    briefing, deck, _, _ = _built(name, tmp_path)
    language = EXPECTED[name][0]
    source = _source(name)
    left = without_data("\n".join(texts(briefing, deck)), source, language)
    words = (english_words(language) | set(ENGLISH)) - SHARED.get(language, set())
    found = {w for w in words if re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", left)}
    assert not found, (name, found)


def test_a_chinese_qualifier_stays_with_its_number_at_a_line_end(tmp_path: Path) -> None:
    """'超过' and '近' are tied to the number after them by a WORD JOINER, as its unit is (none
    between two characters, which no renderer reads: review W), in the briefing; the deck prints
    none, its lines ended before the number instead (review PP: a search found no '260个')."""
    briefing, deck, _, _ = _built("gipfel-zh", tmp_path)
    xml = zipfile.ZipFile(briefing).read("word/document.xml").decode()
    assert f"近{WJ}784.1{WJ}亿美元" in xml and f"超过{WJ}260{WJ}个" in xml
    slides = "".join(
        zipfile.ZipFile(deck).read(n).decode()
        for n in zipfile.ZipFile(deck).namelist()
        if "slides/slide" in n
    )
    assert "超过260个" in slides and "近784.1亿美元" in slides and WJ not in slides


@pytest.mark.parametrize("name", list(EXPECTED))
def test_no_speaker_note_ends_with_a_heading_over_nothing(name: str, tmp_path: Path) -> None:
    """'数据出处：' (where the figures come from) heads quotes that follow, never an empty list."""
    _, deck = built(_source(name), tmp_path / "out")
    for number, notes in enumerate(pptx_notes(deck), 1):
        last = notes.strip().splitlines()[-1] if notes.strip() else ""
        assert not last.endswith((":", "：")), (name, number, notes)


@pytest.mark.parametrize(
    ("name", "new_name", "expected"),
    [
        (
            "messe-de",
            "IFAT 2023",
            f"Die Veranstaltung IFAT 2023 (WUM 2023) ging am 22.{NBSP}Oktober 2023 in Leipzig zu Ende.",
        ),
        (
            "salon-fr",
            "Viva Agro 2024",
            "La manifestation Viva Agro 2024 (SIAL-Test 2024) a pris fin à Lyon le 5 octobre 2024.",
        ),
        (
            "feria-es",
            "Genera 2024",
            "El evento Genera 2024 (FIER 2024) concluyó en Madrid el 18 de octubre de 2024.",
        ),
        (
            "fiera-it",
            "Milano Design 2024",
            # its name says the city
            "La manifestazione Milano Design 2024 (SMD 2024) si è chiusa il 5 ottobre 2024.",
        ),
        (
            "feira-pt",
            "Agrishow 2024",
            "O evento Agrishow 2024 (FITA 2024) terminou em Ribeirão Preto no dia 5 de outubro de 2024.",
        ),
        (
            "beurs-nl",
            "Aquatech 2024",
            "Het evenement Aquatech 2024 (VWD 2024) eindigde op 18 oktober 2024 in Utrecht.",
        ),
    ],
)
def test_a_name_whose_article_is_not_sure_closes_in_a_sentence_that_needs_none(
    name: str, new_name: str, expected: str, tmp_path: Path
) -> None:
    """'IFAT 2023 ging … zu Ende' lacks the article a German editor adds, and its gender is not
    sure: the deck's notes name it after a generic noun, which takes its own; the briefing, under
    the title that prints the name, names it a second time (its kind, or its short name) and never
    as 'IFAT 2023' without its article."""
    text = (HELD_OUT / f"{name}.yaml").read_text(encoding="utf-8")
    original = re.search(r"^  name: (.+)$", text, re.MULTILINE)
    assert original is not None
    source = tmp_path / f"{name}.yaml"
    source.write_text(text.replace(original.group(0), f"  name: {new_name}", 1), encoding="utf-8")
    briefing, deck = built(source, tmp_path / "out")
    assert any(seen(expected) in seen(notes) for notes in pptx_notes(deck))  # its date is tied
    paragraphs = Document(str(briefing)).paragraphs
    story = next(p.text for p in paragraphs if p.style.name == "Normal" and any(c.isdigit() for c in p.text))
    assert new_name not in story and story.split()[0] in ("Die", "Le", "La", "El", "A", "O", "Het", "De"), (
        story
    )


#: The languages added after the first four: their events build without a single warning.
ADDED = (
    "feria-es",
    "fiera-it",
    "feira-pt",
    "jeonsihoe-ko",
    "beurs-nl",
    "targi-pl",
    "festival-sv",
    "festival-nb",
    "oyun-gelistiricileri-istanbul-tr-tr",
)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_a_held_out_event_builds_without_a_warning(name: str, tmp_path: Path) -> None:
    """Its language has its own words and catalogue (no 'reportgen has no … words'); the added
    languages' events meet the document check too (the first four's near-empty slides are the
    plan's to fix, see the module's docstring)."""
    result = build(_source(name), Settings.simple(tmp_path / "out", TEMPLATES))
    assert not [w for w in result.warnings if "reportgen has no" in w], (name, result.warnings)
    if name in ADDED:
        assert result.warnings == [], (name, result.warnings)


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("messe-de", "Diagramm"),
        ("salon-fr", "Graphique"),
        ("jeonsihoe-ko", "차트"),
        ("tenjikai-ja", "グラフ"),
    ],
)
def test_a_charts_name_is_in_the_events_language(name: str, word: str, tmp_path: Path) -> None:
    """The name Word's and PowerPoint's selection panes show for a chart ('Chart bunya' was English
    in every edition), as its alt text is."""
    briefing, deck = built(HELD_OUT / f"{name}.yaml", tmp_path / "out")
    xml = zipfile.ZipFile(briefing).read("word/document.xml").decode()
    slides = "".join(
        zipfile.ZipFile(deck).read(n).decode()
        for n in zipfile.ZipFile(deck).namelist()
        if "slides/slide" in n
    )
    for document in (xml, slides):
        names = re.findall(r'<(?:wp:docPr|p:cNvPr) [^>]*name="([^"]*)"[^>]*descr=', document)
        assert names and all(n.startswith(f"{word} ") for n in names), (name, names)


def test_a_korean_charts_amounts_read_as_a_korean_editor_writes_them(tmp_path: Path) -> None:
    """A chart's labels and alt text print amounts as the sentences do: '1200억 원', exact
    ('1억 8000만 원', never '2억 원' nor '1.8억 원'), a space after 만 and 억."""
    text = (HELD_OUT / "jeonsihoe-ko.yaml").read_text(encoding="utf-8")
    for old, new in (
        (
            "{label: 산업용 로봇, value: 600, unit: 곳}",
            "{label: 산업용 로봇, value: 120000000000, currency: KRW}",
        ),
        ("{label: 협동 로봇, value: 450, unit: 곳}", "{label: 협동 로봇, value: 180000000, currency: KRW}"),
        (
            "{label: 물류 자동화, value: 350, unit: 곳}",
            "{label: 물류 자동화, value: 35000000, currency: KRW}",
        ),
    ):
        assert old in text
        text = text.replace(old, new)
    source = tmp_path / "jeonsihoe-ko.yaml"
    source.write_text(text, encoding="utf-8")
    briefing, deck = built(source, tmp_path / "out")
    expected = "산업용 로봇: 1200억 원; 협동 로봇: 1억\u00a08000만 원; 물류 자동화: 3500만 원."
    assert any(expected in t for t in texts(briefing, deck))
    slides = "".join(
        zipfile.ZipFile(deck).read(n).decode() for n in zipfile.ZipFile(deck).namelist() if n.endswith(".xml")
    )
    assert expected in slides  # the deck chart's alt text


def test_a_korean_count_of_man_is_whole_in_the_built_documents(tmp_path: Path) -> None:
    """The Korean press writes an exact count in 만 whole, '25만 1000명', never '25.1만 명'
    (tests/data/test_press_numbers.py): the built briefing and deck of a Korean event print it so,
    in the band, the tiles, the chart and its alt text."""
    _, _, briefing_texts, deck_texts = _built("game-expo-ko", tmp_path)
    both = "\n".join([*briefing_texts, *deck_texts])
    assert f"약\n25만{NBSP}1000명\n4일간 누적 관람객" in briefing_texts[0]  # the band: 약 over it, as a tile
    assert f"약\n25만{NBSP}1000명" in "\n".join(deck_texts)  # a tile
    assert f"2019: 24만{NBSP}4309명" in both  # the chart's alt text
    assert f"3억{NBSP}2800만{NBSP}달러 가까이" in both  # the currency with its amount
    assert not re.search(r"\d\.\d+만", both)  # no decimal count of 만 anywhere


def test_a_taiwanese_amount_names_its_currency_before_and_its_yuan_after(tmp_path: Path) -> None:
    """'近新臺幣5,300億元', as a Taiwanese editor writes it, never '近5300億新臺幣'."""
    _, _, briefing_texts, deck_texts = _built("taipei-computer-expo-2026", tmp_path)
    assert "近新臺幣5,300億元" in briefing_texts[0]
    assert "近\n新臺幣5,300億元" in "\n".join(deck_texts)  # a tile
    assert "億新臺幣" not in "\n".join([*briefing_texts, *deck_texts])
