"""Opens Trailmap's PowerPoint exports with python-pptx, as a script that builds decks would.

Usage: python pptx_check.py EXPECTATIONS.json

The JSON lists decks: {"path": ..., "titles": [...], "arrows": N, "slides": N,
"notes": [...]}. For each deck this checks that python-pptx opens it, that it has that many
slides, that every card title (whitespace ignored) is the text of some shape on the first slide,
that the first slide has N connectors whose begin and end are bound to shapes on that slide,
that no shape is a picture, and that every expected note text is in some slide's notes. Prints
one line per problem and exits 1 if there is any.
"""

import json
import re
import sys

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.shapes.connector import Connector
from pptx.shapes.group import GroupShape

NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}


def squash(text):
    return re.sub(r"\s+", "", text)


def walk(shapes):
    for shape in shapes:
        yield shape
        if isinstance(shape, GroupShape):
            yield from walk(shape.shapes)


def main():
    decks = json.load(open(sys.argv[1], encoding="utf-8"))
    problems = []
    for deck in decks:
        path = deck["path"]
        prs = Presentation(path)
        slides = list(prs.slides)
        if len(slides) != deck["slides"]:
            problems.append(f"{path}: {len(slides)} slides, expected {deck['slides']}")
            continue
        first = list(walk(slides[0].shapes))
        texts = set()
        ids = set()
        for shape in first:
            ids.add(shape.shape_id)
            if shape.shape_type == MSO_SHAPE_TYPE.PICTURE:
                problems.append(f"{path}: shape {shape.shape_id} is a picture")
            if shape.has_text_frame:
                texts.add(squash(shape.text_frame.text))
        for title in deck["titles"]:
            if squash(title) not in texts:
                problems.append(f"{path}: no shape has the text {title!r}")
        bound = 0
        for shape in first:
            if not isinstance(shape, Connector):
                continue
            st = shape._element.find(".//a:stCxn", NS)
            end = shape._element.find(".//a:endCxn", NS)
            if st is None or end is None:
                continue
            if int(st.get("id")) in ids and int(end.get("id")) in ids:
                bound += 1
            else:
                problems.append(f"{path}: connector {shape.shape_id} is bound to a missing shape")
        if bound != deck["arrows"]:
            problems.append(f"{path}: {bound} bound connectors, expected {deck['arrows']}")
        notes = " ".join(
            s.notes_slide.notes_text_frame.text for s in slides if s.has_notes_slide
        )
        for note in deck["notes"]:
            if squash(note) not in squash(notes):
                problems.append(f"{path}: speaker notes lack {note!r}")
    for p in problems:
        print(p)
    print(f"checked {len(decks)} decks, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
