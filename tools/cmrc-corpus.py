#!/usr/bin/env python3
"""Writes CMRC 2018 dev's 848 paragraphs as a baoku corpus of article records, beside the bundled
pages, for timing an index build on more than the bundled 90 passages (README, Speed):

    python3 tools/cmrc-corpus.py ../shared/data/cmrc2018/cmrc2018_dev.json /tmp/cmrc-corpus
    java -jar target/baoku.jar bench --corpus /tmp/cmrc-corpus
"""
import json
import shutil
import sys
from pathlib import Path

squad, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
for page in Path(__file__).resolve().parent.parent.joinpath("corpus").glob("*.txt"):
    shutil.copy(page, out / page.name)
with open(out / "cmrc.jsonl", "w", encoding="utf-8") as f:
    for article in json.load(open(squad, encoding="utf-8"))["data"]:
        for p in article["paragraphs"]:
            f.write(json.dumps({"id": p["id"], "headline": article.get("title", ""),
                                "text": p["context"]}, ensure_ascii=False) + "\n")
