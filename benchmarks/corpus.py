"""A large benchmark corpus built from the seed texts, deterministically.

    .venv/bin/python benchmarks/corpus.py --mb 50

Each output file holds one to four variants of seed texts. A variant shuffles
the seed's paragraphs (the first and last stay put, as headers and bylines do),
changes about half of its numbers (same number of digits, years kept plausible),
and renames its zones' places, some to places the zone registry does not know
(provisional zones). Files are written one at a time, so memory stays small
whatever the size. The corpus lives under benchmarks/out/ (not committed) and is
reused when a finished one with the same size and seed is already there.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUT = Path(__file__).resolve().parent / "out"
MANIFEST = "manifest.json"

#: Places named in the seeds, whose zones the registry knows.
SEED_PLACES = ["繁峙", "平遥", "太谷", "上党", "永济", "文水", "祁县", "灵石", "和顺", "沁水",
               "平定", "孝义", "屯留", "静乐", "神池", "交城", "晋城", "朔州", "高平", "武乡",
               "榆社", "沁源", "平鲁"]
#: Other county names of the province: zones named after them are provisional.
OTHER_PLACES = ["阳曲", "清徐", "寿阳", "昔阳", "左权", "襄垣", "长子", "泽州", "阳城", "陵川",
                "芮城", "闻喜", "稷山", "河津", "侯马", "洪洞", "汾阳", "介休", "原平", "代县",
                "岢岚", "偏关", "应县", "怀仁"]
_PLACE = re.compile("|".join(sorted(SEED_PLACES, key=len, reverse=True)))
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def read_seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _new_number(rng: random.Random, old: str) -> str:
    whole, _, frac = old.partition(".")
    if len(whole) == 4 and whole.startswith("20") and not frac:
        return str(rng.randint(2018, 2026))          # a year stays a year
    lead = str(rng.randint(1, 9)) if len(whole) > 1 else str(rng.randint(0, 9))
    whole = lead + "".join(str(rng.randint(0, 9)) for _ in range(len(whole) - 1))
    if frac:
        whole += "." + "".join(str(rng.randint(0, 9)) for _ in frac)
    return whole


def variant(seed: str, rng: random.Random) -> str:
    """One variation of a seed text: shuffled paragraphs, new numbers, new places."""
    paragraphs = seed.split("\n\n")
    if len(paragraphs) > 3 and rng.random() < 0.7:
        middle = paragraphs[1:-1]
        rng.shuffle(middle)
        paragraphs = [paragraphs[0], *middle, paragraphs[-1]]
    text = "\n\n".join(paragraphs)

    text = _NUMBER.sub(lambda m: _new_number(rng, m[0]) if rng.random() < 0.5 else m[0], text)

    places = SEED_PLACES + OTHER_PLACES
    rename = {p: (rng.choice(places) if rng.random() < 0.5 else p) for p in SEED_PLACES}
    return _PLACE.sub(lambda m: rename[m[0]], text)


def build(mb: float, seed: int = 2025, out: Path | None = None) -> Path:
    """Write a corpus of at least `mb` MB (UTF-8 bytes) and return its folder.

    Reuses a finished corpus of the same size and seed.
    """
    folder = (out or OUT) / f"corpus-{mb:g}mb-seed{seed}"
    manifest = folder / MANIFEST
    if manifest.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    rng = random.Random(seed)
    seeds = read_seeds()
    target, written, n = int(mb * 1_000_000), 0, 0
    while written < target:
        text = "\n\n".join(variant(rng.choice(seeds), rng) for _ in range(rng.randint(1, 4)))
        data = text.encode("utf-8")
        (folder / f"doc_{n:05d}.txt").write_bytes(data)
        written += len(data)
        n += 1
    manifest.write_text(json.dumps({"mb": mb, "seed": seed, "files": n, "bytes": written}))
    return folder


def files(folder: Path) -> list[Path]:
    """The corpus's documents, in a stable order."""
    return sorted(folder.glob("doc_*.txt"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50, help="corpus size in MB (default 50)")
    ap.add_argument("--seed", type=int, default=2025, help="random seed (default 2025)")
    args = ap.parse_args(argv)
    folder = build(args.mb, args.seed)
    meta = json.loads((folder / MANIFEST).read_text())
    print(f"{folder}: {meta['files']} files, {meta['bytes'] / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
