#!/usr/bin/env python3
"""Adds or updates keys in the shared resource files, keeping them sorted (fewer merge conflicts).

    scripts/resx.py add Key "Teks Indonesia" [--en "English text"]
    scripts/resx.py load keys.tsv        # lines: Key<TAB>Indonesian[<TAB>English]
    scripts/resx.py check                # lists keys used in src/ but missing from the neutral file
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RES = ROOT / "src/SiKinerja.Web/Resources"
NEUTRAL = RES / "SharedResource.resx"
EN = RES / "SharedResource.en.resx"

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def read(path):
    if not path.exists():
        return {}
    tree = ET.parse(path)
    return {d.get("name"): (d.find("value").text or "") for d in tree.getroot().findall("data")}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write(path, entries):
    lines = [HEADER]
    for k in sorted(entries, key=str.lower):
        lines.append(f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(entries[k])}</value></data>\n')
    lines.append("</root>\n")
    path.write_text("".join(lines), encoding="utf-8")


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    ids, ens = read(NEUTRAL), read(EN)
    if argv[0] == "add":
        key, value = argv[1], argv[2]
        ids[key] = value
        if "--en" in argv:
            ens[key] = argv[argv.index("--en") + 1]
    elif argv[0] == "remove":
        for key in argv[1:]:
            ids.pop(key, None)
            ens.pop(key, None)
    elif argv[0] == "load":
        for line in Path(argv[1]).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            ids[parts[0]] = parts[1]
            if len(parts) > 2 and parts[2]:
                ens[parts[0]] = parts[2]
    elif argv[0] == "check":
        used = set()
        for f in (ROOT / "src").rglob("*"):
            if f.suffix in (".cs", ".cshtml"):
                used |= set(re.findall(r'T\["([A-Za-z]+\.[A-Za-z0-9.]+)"', f.read_text(encoding="utf-8")))
                used |= set(re.findall(r't\["([A-Za-z]+\.[A-Za-z0-9.]+)"', f.read_text(encoding="utf-8")))
        missing = sorted(k for k in used if k not in ids)
        print("\n".join(missing) if missing else "semua kunci ada")
        return 1 if missing else 0
    write(NEUTRAL, ids)
    write(EN, ens)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
