"""Build redaction/data/first_names.txt and surnames.txt from faker's name lists.

    pip install faker wordfreq && python scripts/build_name_data.py

Faker (MIT) supplies first names and surnames for many locales, covering the
communities of the UK. wordfreq (data CC-BY-SA 4.0) marks names that are also
common English words ("Grace", "Will", "May"): those go to a separate list and
are only taken as names with context. The output is committed so the app needs
neither package at run time.
"""
from __future__ import annotations

from pathlib import Path

from faker import Faker
from wordfreq import zipf_frequency

LOCALES = ["en_GB", "en_US", "en_IE", "en_IN", "en_AU", "en_NZ", "en_CA", "pl_PL", "ro_RO", "tr_TR", "vi_VN",
           "yo_NG", "ar_AA", "ur_PK" , "bn_BD", "pt_PT", "es_ES", "it_IT", "fr_FR", "de_DE", "lt_LT", "so_SO",
           "tw_GH", "zh_CN", "hi_IN", "fa_IR", "sk_SK", "cs_CZ", "hu_HU", "el_GR", "uk_UA", "ru_RU", "nl_NL"]
COMMON_WORD = 3.3  # zipf: words at least this common in English are ordinary words first


def names(locale: str, attrs: tuple[str, ...]) -> set[str]:
    try:
        provider = Faker(locale)
    except AttributeError:
        return set()
    found: set[str] = set()
    for attr in attrs:
        for source in (getattr(type(p), attr, None) for p in provider.providers):
            if isinstance(source, dict):
                found.update(source)
            elif isinstance(source, (list, tuple)):
                found.update(source)
    return {n for n in found if n.isalpha() and n[0].isupper() and n.isascii() and len(n) >= 2}


def main() -> None:
    first, last = set(), set()
    for locale in LOCALES:
        first |= names(locale, ("first_names", "first_names_male", "first_names_female"))
        last |= names(locale, ("last_names",))
    out = Path(__file__).resolve().parent.parent / "redaction" / "data"
    out.mkdir(exist_ok=True)
    for filename, words in (("first_names.txt", first), ("surnames.txt", last)):
        plain = sorted(w for w in words if zipf_frequency(w.lower(), "en") < COMMON_WORD)
        ambiguous = sorted(w for w in words if zipf_frequency(w.lower(), "en") >= COMMON_WORD)
        (out / filename).write_text("\n".join(plain) + "\n")
        (out / ("ambiguous_" + filename)).write_text("\n".join(ambiguous) + "\n")
        print(f"{filename}: {len(plain)} names, {len(ambiguous)} also common words")


if __name__ == "__main__":
    main()
