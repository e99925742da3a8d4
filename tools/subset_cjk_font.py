"""Build the subset fonts: NotoSansSC-Subset.otf (from Debian's Noto Sans CJK)
and NotoSansSymbols2-Subset.ttf (the calendar's symbols, from fonts-noto-core).

The full CJK font is ~20 MB; the plan needs the characters of the Chinese
catalog plus what a clinician types (names above all). NotoSansSC-Subset.otf
keeps GB2312 level 1 (the 3,755 most common hanzi), every character the zh_Hans
catalog uses, ASCII, and CJK and full-width punctuation. NotoSansSC-Extra.otf
adds the rest of GB2312 (level 2: everyday name characters such as 婷, 鑫, 睿 and
梓; the form refuses what no bundled font can print). It is a separate file so
that only a plan that uses one of them pays for loading and subsetting it
(~75 ms and ~30 KB when it was one font). Run after the Chinese catalog changes:

    apt-get install fonts-noto-cjk fonts-noto-core && .venv/bin/python tools/subset_cjk_font.py

(tests/test_fonts.py fails when a catalog character is missing.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.pofile import read_po
from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
TARGET = ROOT / "clinic" / "static" / "fonts" / "NotoSansSC-Subset.otf"
EXTRA_TARGET = ROOT / "clinic" / "static" / "fonts" / "NotoSansSC-Extra.otf"
SYMBOLS_SOURCE = Path("/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf")
SYMBOLS_TARGET = ROOT / "clinic" / "static" / "fonts" / "NotoSansSymbols2-Subset.ttf"
# The calendar's day symbols and the warning sign (see plan.css).
SYMBOLS = "●○◆♥✚⚠"
CATALOG = ROOT / "translations" / "zh_Hans" / "LC_MESSAGES" / "messages.po"


def gb2312_hanzi(rows: range) -> set[str]:
    """GB2312 hanzi in the given rows: 0xB0-0xD7 is level 1, 0xD8-0xF7 level 2."""
    chars = set()
    for high in rows:
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def catalog_chars() -> set[str]:
    with CATALOG.open("rb") as handle:
        catalog = read_po(handle)
    chars: set[str] = set()
    for message in catalog:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for s in strings:
            chars.update(s or "")
    return chars


def wanted() -> set[str]:
    chars = gb2312_hanzi(range(0xB0, 0xD8)) | catalog_chars()
    chars |= {chr(c) for c in range(0x20, 0x7F)}
    chars |= {chr(c) for c in range(0x3000, 0x3040)}  # CJK symbols and punctuation
    chars |= {chr(c) for c in range(0xFF01, 0xFF5F)}  # full-width forms
    chars |= set("·—–…‘’“”•")
    return chars


def sc_font():
    collection = TTCollection(str(SOURCE))
    return next(f for f in collection.fonts if "Noto Sans CJK SC" in f["name"].getDebugName(1))


def main() -> int:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.hinting = False
    options.desubroutinize = False
    main_chars = wanted()
    extra_chars = gb2312_hanzi(range(0xD8, 0xF8)) - main_chars
    for target, chars in ((TARGET, main_chars), (EXTRA_TARGET, extra_chars)):
        font = sc_font()
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(c) for c in chars])
        subsetter.subset(font)
        font.save(str(target))
        print(f"wrote {target} ({target.stat().st_size:,} bytes, {len(font.getBestCmap()):,} characters)")

    symbols = TTFont(str(SYMBOLS_SOURCE))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in SYMBOLS])
    subsetter.subset(symbols)
    symbols.save(str(SYMBOLS_TARGET))
    print(f"wrote {SYMBOLS_TARGET} ({SYMBOLS_TARGET.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
