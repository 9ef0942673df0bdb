#!/usr/bin/python3
"""Prints, as JSON, the language the accessibility tree (AT-SPI) gives each piece of
text in a browser's page whose name or text matches a pattern.

Usage: atspi-languages.py APP PATTERN
  APP      part of the application's AT-SPI name ("firefox", "chromium")
  PATTERN  a Python regular expression, matched case-insensitively

Each match: {"role", "name", "text", "locale", "textLanguage"}: `locale` is the
object's own locale (Accessible.GetLocale), `textLanguage` the `language` text
attribute at the start of its text, which is what a screen reader reads a voice from.
"""
import json
import re
import sys

import pyatspi


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def text_of(node):
    try:
        t = node.queryText()
        return t, t.getText(0, -1)
    except Exception:
        return None, ""


def text_language(t):
    try:
        attrs, _start, _end = t.getAttributeRun(0, True)
    except Exception:
        return None
    for a in attrs or []:
        key, _, value = a.partition(":")
        if key == "language":
            return value
    return None


def main():
    app_name, pattern = sys.argv[1].lower(), re.compile(sys.argv[2], re.I)
    found = []
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is None or app_name not in (app.name or "").lower():
            continue
        for node in walk(app):
            name = node.name or ""
            t, text = text_of(node)
            # Only leaf text: a paragraph or label, not the document that holds it.
            if len(text) > 300:
                continue
            if not (pattern.search(name) or pattern.search(text)):
                continue
            try:
                locale = node.get_object_locale() if hasattr(node, "get_object_locale") else None
            except Exception:
                locale = None
            found.append({
                "role": node.getRoleName(),
                "name": name,
                "text": text.replace("\ufffc", "").strip(),
                "locale": locale,
                "textLanguage": text_language(t) if t else None,
            })
    json.dump(found, sys.stdout, ensure_ascii=False)


main()
