"""The literal index that lets triage skip sentences: it may over-include, never miss.

Every libel and safeguarding pattern is run the slow way, sentence by
sentence, over every labelled note we hold; each sentence where it matches
must be among the index's hits for that pattern.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from redaction.triage.allegations import ALLEGATIONS
from redaction.triage.concerns import CONCERNS
from redaction.triage.sentences import LiteralIndex, literal_prefixes, required_literals, split_sentences

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT.parent / "shared" / "eval" / "dev.jsonl", *sorted((ROOT / "benchmarks" / "corpora").glob("*.jsonl")),
           Path(__file__).parent / "data" / "triage_heldout.jsonl"]


def _notes() -> list[str]:
    notes = []
    for path in CORPORA:
        if path.exists():
            notes += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return notes


@pytest.mark.parametrize("rules", [ALLEGATIONS, CONCERNS], ids=["allegations", "concerns"])
def test_index_never_misses_a_sentence_that_matches(rules):
    patterns = [r.pattern for r in rules]
    index = LiteralIndex(patterns)
    notes = _notes()
    assert len(notes) > 1000
    checked = skipped = 0
    for text in notes:
        sentences = split_sentences(text)
        hits = index.hits(text, sentences)
        for pattern, hit in zip(patterns, hits):
            for i, sentence in enumerate(sentences):
                if pattern.search(sentence.text):
                    checked += 1
                    assert i in hit, (pattern.pattern[:80], sentence.text)
                elif i not in hit:
                    skipped += 1
    assert checked > 200  # the rules do match in these notes
    assert skipped > checked * 10  # and the index leaves most sentences out


def test_most_patterns_have_words_to_look_for():
    patterns = [r.pattern for r in (*ALLEGATIONS, *CONCERNS)]
    with_words = [p for p in patterns if literal_prefixes(p.pattern, re.I) or required_literals(p.pattern, re.I)]
    assert len(with_words) >= 0.9 * len(patterns)


def test_prefixes_and_required_strings_are_read_from_the_pattern():
    assert literal_prefixes(r"\b(?:hit|punch(?:ed)?)\s+me\b", re.I) == {"hit", "punch"}
    assert required_literals(r"\b\w+\s+(?:hurt|harm)\s+myself\b", re.I) == {"myself"}
    assert literal_prefixes(r"\b(?:a|an)\s+knife", re.I) is None  # "a" is too short to be worth a lookup


def test_a_sentence_without_the_words_is_skipped_and_one_with_them_kept():
    index = LiteralIndex([re.compile(r"\bstole\s+(?:my|her)\s+money\b", re.I), re.compile(r"\w+", re.I)])
    text = "The duty team never rang back. Then she stole my money. It was in March."
    sentences = split_sentences(text)
    stole, anything = index.hits(text, sentences)
    assert stole == {1}
    assert anything == {0, 1, 2}  # no literal to look for: every sentence


def test_text_whose_lower_case_changes_length_is_searched_everywhere():
    # "İ" lower-cases to two characters, which would shift every offset after it.
    index = LiteralIndex([re.compile(r"\bstole\b", re.I)])
    text = "İbrahim rang. Nothing else happened. He stole it."
    sentences = split_sentences(text)
    assert index.hits(text, sentences) == [frozenset({0, 1, 2})]


def test_the_stored_strings_are_current_for_every_lexicon_pattern():
    """Run `python scripts/build_triage_literals.py` after editing allegations.py or concerns.py."""
    from redaction.triage.sentences import pattern_key, pattern_literals, stored_literals

    stored = stored_literals()
    for rule in (*ALLEGATIONS, *CONCERNS):
        key = pattern_key(rule.pattern.pattern)
        assert key in stored, f"not in triage_literals.json: {rule.pattern.pattern[:60]}"
        assert stored[key] == pattern_literals(rule.pattern.pattern)


def test_a_pattern_missing_from_the_stored_strings_is_parsed_instead():
    index = LiteralIndex([re.compile(r"\bquokka\s+sanctuary\b", re.I)])
    text = "We went to the zoo. The quokka sanctuary was shut."
    assert index.hits(text, split_sentences(text)) == [frozenset({1})]
