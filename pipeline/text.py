"""Reading source files: decoding, front matter, and one-line input errors.

Chinese texts arrive as UTF-8 (with or without BOM), UTF-16 or GB18030/GBK.
`read_document` finds which, records it, and refuses binary, empty or
undecodable input with an `InputError` whose message is one line naming the
file and the reason.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import regex as re

#: Extensions picked up when a folder is given.
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".srt", ".html", ".htm", ".csv", ".tsv")  # .srt: a video's
# subtitles, read as text; .html: a saved web page (pipeline/markup.py); .csv/.tsv: a spreadsheet saved as text
#: A sidecar metadata file: `article.txt` -> `article.txt.meta.json`.
SIDECAR_SUFFIX = ".meta.json"
#: Keys recognised in front matter / sidecars.
META_KEYS = ("title", "outlet", "date", "url", "zone", "period")


class InputError(Exception):
    """Bad input; str(e) is one line: '<file>: <reason>'."""

    def __init__(self, path, reason: str):
        self.path, self.reason = str(path), reason
        super().__init__(f"{Path(path).name}: {reason}")


@dataclass(slots=True)
class Document:
    name: str                 # file name, no folder
    path: str                 # as given
    text: str                 # the whole decoded text; claim offsets point here
    encoding: str
    sha256: str               # of the decoded text, so re-encodings are one document
    meta: dict = field(default_factory=dict)
    body_start: int = 0       # where the text after any front matter starts


def iter_paths(paths):
    """Files named, and text files below folders named, in a stable order."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES:
                    yield f
        else:
            yield p


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def decode(data: bytes, path="<bytes>") -> tuple[str, str]:
    """Bytes -> (text, encoding name). Raises InputError for binary/undecodable.

    >>> decode("繁峙".encode("gb18030"))
    ('繁峙', 'gb18030')
    >>> decode(b"\\xef\\xbb\\xbf" + "家".encode())
    ('家', 'utf-8-sig')
    >>> decode("审批".encode("utf-16"))[0]
    '审批'
    """
    if not data.strip():
        raise InputError(path, "empty file")
    if data[:3] == b"\xef\xbb\xbf":
        candidates = ("utf-8-sig",)
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        candidates = ("utf-16",)
    elif b"\x00" in data[:4096]:
        # UTF-16 without a BOM shows NULs in every other byte of ASCII text.
        head = data[:4096]
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) // 8 and even == 0:
            candidates = ("utf-16-le",)
        elif even > len(head) // 8 and odd == 0:
            candidates = ("utf-16-be",)
        else:
            raise InputError(path, "binary file (NUL bytes), not text")
    else:
        candidates = ("utf-8", "gb18030")
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        sample = text[:65536]
        if len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
            raise InputError(path, f"binary file (control characters after decoding as {enc})")
        if not text.strip():
            raise InputError(path, "empty file")
        return text, enc
    raise InputError(path, "cannot decode as UTF-8, UTF-16 or GB18030")


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def parse_front_matter(text: str) -> tuple[dict, int]:
    """A leading `---` block of `key: value` lines -> (meta, body offset).

    >>> parse_front_matter("---\\ntitle: 标题\\nzone: 繁峙经开区\\n---\\n正文")
    ({'title': '标题', 'zone': '繁峙经开区'}, 30)
    >>> parse_front_matter("正文")
    ({}, 0)
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in META_KEYS:
            meta[key] = value.strip().strip("\"'")
    return meta, m.end()


def read_sidecar(path: Path) -> dict:
    side = path.with_name(path.name + SIDECAR_SUFFIX)
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as e:
        raise InputError(path, f"unreadable sidecar {side.name}: {e}") from None
    return {k: str(v) for k, v in data.items() if k in META_KEYS and v is not None}


def read_document(path) -> Document:
    """Read, decode and describe one file. Raises InputError (one line)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file") from None
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as e:
        raise InputError(path, f"unreadable ({e.strerror or e})") from None
    text, enc = decode(data, path)
    meta, body = parse_front_matter(text)
    meta = {**read_sidecar(path), **meta}
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(path.name, str(path), text, enc, digest, meta, body)
