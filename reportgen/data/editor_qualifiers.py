"""The words editors write for a figure's qualifier, per language, beside the ones reportgen writes
(data/phrases.py): 'over 638 million' says 'more than', 'rund 1,2 Millionen' says 'about'.

Two readers use them: the warning about a qualified figure's number written bare in the event's own
text (data/kept_qualifiers.py), and the no-break ties that keep a qualifier on its number's line
(data/ties.py). Plain data: nothing imported.
"""

from __future__ import annotations

#: Other words an editor writes for a qualifier ('over 638 million' says 'more than').
SAME: dict[tuple[str, str], tuple[str, ...]] = {
    ("en", "more than"): ("over", "above", "exceed", "in excess of", "upwards of", "more than"),
    ("en", "nearly"): ("almost", "close to", "just under", "just short of", "nearly"),
    ("en", "about"): ("around", "approximately", "roughly", "some ", "an estimated", "circa", "about"),
    ("en", "at least"): ("at least", "no fewer than", "no less than"),
    ("en", "up to"): ("up to", "as many as", "as much as"),
    ("en", "less than"): ("under", "below", "fewer than", "less than"),
    ("zh", "more than"): ("超过", "逾", "超", "多", "以上"),
    ("zh", "nearly"): ("近", "将近", "接近"),
    ("zh", "about"): ("约", "大约", "左右", "近"),
    ("ja", "more than"): ("以上", "超", "を超え", "余"),
    ("ja", "nearly"): ("近く", "約", "弱"),
    ("ja", "about"): ("約", "およそ", "程度"),
    ("de", "more than"): ("mehr als", "über", "gut"),
    ("de", "nearly"): ("knapp", "fast", "beinahe", "nahezu"),
    ("de", "about"): ("rund", "etwa", "ungefähr", "circa", "ca."),
    ("fr", "more than"): ("plus de", "au-delà de"),
    ("fr", "nearly"): ("près de", "presque"),
    ("fr", "about"): ("environ", "quelque", "autour de", "près de"),
    ("es", "more than"): ("más de",),
    ("es", "nearly"): ("casi", "cerca de"),
    ("es", "about"): ("alrededor de", "cerca de", "unos", "unas", "aproximadamente"),
    ("it", "more than"): ("oltre", "più di"),
    ("it", "nearly"): ("quasi", "circa"),
    ("it", "about"): ("circa", "quasi", "intorno a"),
    ("pt", "more than"): ("mais de",),
    ("pt", "nearly"): ("quase", "cerca de"),
    ("pt", "about"): ("cerca de", "aproximadamente", "em torno de"),
    ("nl", "more than"): ("meer dan", "ruim", "ruim over"),
    ("nl", "nearly"): ("bijna", "nagenoeg"),
    ("nl", "about"): ("circa", "ongeveer", "zo'n", "zo’n", "rond"),
    ("pl", "more than"): ("ponad", "przeszło", "powyżej", "więcej niż"),
    ("pl", "nearly"): ("prawie", "niemal", "blisko", "bez mała"),
    ("pl", "about"): ("około", "ok.", "mniej więcej", "rzędu"),
    ("pl", "at least"): ("co najmniej", "przynajmniej", "minimum"),
    ("pl", "up to"): ("do", "maksymalnie"),
    ("pl", "less than"): ("mniej niż", "poniżej"),
    ("sv", "more than"): ("drygt", "över", "mer än", "fler än"),
    ("sv", "nearly"): ("nästan", "närmare", "knappt", "nära"),
    ("sv", "about"): ("cirka", "ca", "ca.", "omkring", "ungefär", "runt", "kring"),
    ("sv", "at least"): ("minst", "åtminstone"),
    ("sv", "up to"): ("upp till", "högst"),
    ("sv", "less than"): ("under", "mindre än", "färre än"),
    ("da", "more than"): ("mere end", "flere end", "over", "lidt over"),
    ("da", "nearly"): ("knap", "knapt", "næsten", "tæt på", "henved"),
    ("da", "about"): ("omkring", "cirka", "ca.", "ca", "omtrent", "rundt regnet"),
    ("da", "at least"): ("mindst", "i hvert fald"),
    ("da", "up to"): ("op til", "højst", "op mod"),
    ("da", "less than"): ("under", "mindre end", "færre end"),
    ("nb", "more than"): ("over", "mer enn", "flere enn", "drøyt", "i overkant av"),
    ("nb", "nearly"): ("nesten", "nærmere", "knapt", "snaut", "i underkant av"),
    ("nb", "about"): ("omkring", "cirka", "ca.", "ca", "rundt", "omtrent"),
    ("nb", "at least"): ("minst", "i hvert fall"),
    ("nb", "up to"): ("opptil", "inntil", "høyst"),
    ("nb", "less than"): ("under", "mindre enn", "færre enn"),
    # Turkish: most follow the number ('9.000’den fazla', '2.400 civarında')
    ("tr", "more than"): ("fazla", "aşkın", "üzerinde"),
    ("tr", "nearly"): ("neredeyse", "hemen hemen", "yakın", "yaklaşık"),
    ("tr", "about"): ("yaklaşık", "civarında", "tahminen"),
    ("tr", "at least"): ("en az",),
    ("tr", "up to"): ("en fazla", "kadar"),
    ("tr", "less than"): ("az", "altında"),
    # Korean: '약' before the number, '이상' and '가까이' after it ('1,850명 이상', '2만 명 가까이')
    ("ko", "more than"): ("이상", "넘게", "초과"),
    ("ko", "nearly"): ("가까이", "거의"),
    ("ko", "about"): ("약", "대략", "가량", "안팎"),
}

#: Qualifiers written between a number and its counter or unit, tight to the number: Korean
#: '1,850여 명' and '2만여 명', Chinese '3000余人' and '1.2万多人', Japanese '1万人余' is after.
#: Read by validate's hint only (data/value_qualifiers.py): one character, never a word of its own.
INFIX: dict[tuple[str, str], tuple[str, ...]] = {
    ("ko", "more than"): ("여",),
    ("zh", "more than"): ("余", "餘", "多"),
    ("ja", "more than"): ("余",),
}
