#!/usr/bin/env python3
"""Fill unfinished entries of a Qt Linguist .ts file from a JSON dictionary.

Usage: scripts/ts-apply.py translations/artgen_ru.ts new-strings.json

The JSON maps a source text (as written in the code, unescaped) to its translation, or to a
list of plural forms for %n messages. Only entries marked unfinished are touched; the .ts file
stays the single source of truth. Prints what is still unfinished afterwards.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    ts_path, dict_path = sys.argv[1], sys.argv[2]
    with open(dict_path, encoding="utf-8") as f:
        table = json.load(f)
    tree = ET.parse(ts_path)
    left = []
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source")
        tr = msg.find("translation")
        if tr is None or tr.get("type") != "unfinished":
            continue
        if source in table:
            value = table[source]
            if msg.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value] * 3
                for child in list(tr):
                    tr.remove(child)
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            del tr.attrib["type"]
        else:
            left.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, "r+", encoding="utf-8") as f:  # keep lupdate's DOCTYPE line
        text = f.read()
        if "<!DOCTYPE TS>" not in text:
            text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        f.seek(0)
        f.write(text)
        f.truncate()
    for s in left:
        print("unfinished:", s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
