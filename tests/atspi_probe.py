"""Reads Trailmap's window through AT-SPI, as a screen reader does (tests/atspi.rs runs it).

Usage: /usr/bin/python3 atspi_probe.py APP CARD [CLICK] TIMEOUT_SECONDS

Waits (polling, at most TIMEOUT_SECONDS in all) until the application named APP is on the
accessibility bus and shows a node named CARD, then prints its tree once it has settled (two
walks in a row read the same). With CLICK, it then runs the "click" action of the node named
CLICK, waits until that node is selected, and prints the settled tree again. Output, one record a line, fields separated by tabs (tabs, newlines and backslashes
in texts escaped as \\t, \\n, \\\\):

  TREE <label>                          a dump starts
  NODE depth role name description states actions x,y,w,h text
  CLICK <action name> <result>          doAction was called
  WAITED <what> <seconds> <n> tries     how long a wait took
  ERROR <message>                       something did not happen in time (exit status 1)

States are the STATE_ names without the prefix, lower-case, comma-separated; actions the
action names; x,y,w,h the extents in screen coordinates; text the Text interface's content.
"""

import sys
import time

import pyatspi


def esc(text):
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
    )


def out(*fields):
    print("\t".join(esc(f) for f in fields), flush=True)


def states(node):
    # getStates() gives GLib enum values ("selected" as value_nick); older pyatspi gave ints.
    names = (
        getattr(s, "value_nick", None) or str(s).removeprefix("STATE_").lower()
        for s in node.getState().getStates()
    )
    return ",".join(sorted(n.replace("-", "_") for n in names))


def actions(node):
    try:
        act = node.queryAction()
    except NotImplementedError:
        return ""
    return ",".join(act.getName(i) for i in range(act.nActions))


def extents(node):
    try:
        e = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except NotImplementedError:
        return ""
    return f"{e.x},{e.y},{e.width},{e.height}"


def text(node):
    try:
        t = node.queryText()
    except NotImplementedError:
        return ""
    return t.getText(0, t.characterCount)


def walk(node, depth, rows):
    if node is None:
        return
    rows.append(
        (
            str(depth),
            node.getRoleName(),
            node.name or "",
            node.description or "",
            states(node),
            actions(node),
            extents(node),
            text(node),
        )
    )
    for child in node:
        walk(child, depth + 1, rows)


def find(node, name):
    if node is None:
        return None
    if node.name == name:
        return node
    for child in node:
        hit = find(child, name)
        if hit is not None:
            return hit
    return None


def find_app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == name:
            return app
    return None


def poll(what, deadline, step):
    """Calls step() until it returns something other than None; None when time runs out."""
    start = time.monotonic()
    last_error = None
    tries = 0
    while True:
        tries += 1
        try:
            found = step()
        except Exception as e:  # a node that went away or a bus not ready yet: try again
            found, last_error = None, e
        if found is not None:
            out("WAITED", what, f"{time.monotonic() - start:.2f}", f"{tries} tries")
            return found
        if time.monotonic() >= deadline:
            out("ERROR", f"{what}: not within the time limit (last error: {last_error})")
            return None
        time.sleep(0.1)


def fresh(app):
    # libatspi caches names, children and states; a test must see what the app says now.
    app.clearCache()
    return app


def dump(label, app, deadline):
    """Prints the tree once two walks in a row read the same (a walk takes a few hundred
    milliseconds, long enough for the window to scroll or zoom in between)."""

    def settled():
        nonlocal rows
        rows, before = [], rows
        walk(fresh(app), 0, rows)
        return rows if rows == before else None

    rows = None
    ok = poll(f"tree {label!r} settled", deadline, settled) is not None
    out("TREE", label)
    for row in rows or []:
        out("NODE", *row)
    return ok


def main():
    app_name, card = sys.argv[1], sys.argv[2]
    click = sys.argv[3] if len(sys.argv) > 4 else None
    deadline = time.monotonic() + float(sys.argv[-1])

    app = poll(f"application {app_name!r} on the bus", deadline, lambda: find_app(app_name))
    if app is None:
        apps = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
        out("ERROR", f"applications on the bus: {apps}")
        return 1
    if poll(f"node {card!r}", deadline, lambda: find(fresh(app), card)) is None:
        dump("when giving up", app, deadline)
        return 1
    if not dump("before", app, deadline):
        return 1
    if click is None:
        return 0

    node = find(fresh(app), click)
    if node is None:
        out("ERROR", f"node {click!r} to click is gone")
        return 1
    act = node.queryAction()
    names = [act.getName(i) for i in range(act.nActions)]
    if "click" not in names:
        out("ERROR", f"node {click!r} has no click action, only {names}")
        return 1
    out("CLICK", "click", act.doAction(names.index("click")))

    def selected():
        hit = find(fresh(app), click)
        return hit if hit is not None and hit.getState().contains(pyatspi.STATE_SELECTED) else None

    ok = poll(f"node {click!r} selected", deadline, selected) is not None
    ok = dump("after click", app, deadline) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
