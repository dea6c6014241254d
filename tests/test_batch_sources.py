"""Which inputs a batch reads and in what order (matchcli/batch/sources.py)."""
from __future__ import annotations

import os
import tempfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matchcli.batch.sources import iter_sources

# Names chosen so that walking directories naively (a/ before a-b/) would disagree with the
# string order of the paths: '-' and '.' sort before '/'.
TREE = ["a/x.txt", "a-b/x.txt", "a.txt", "a/b/y.html", "a/z.json", "b.TXT",
        "a/skip.md", ".hidden/x.txt", "a/.secret.txt", "c/d/e/deep.htm",
        "a/x.json", "a/b/y.json", "a.json"]  # sidecars of a/x.txt, a/b/y.html, a.txt
WALKED = ["a-b/x.txt", "a.txt", "a/b/y.html", "a/x.txt", "a/z.json", "b.TXT", "c/d/e/deep.htm"]


@pytest.fixture
def tree(tmp_path, monkeypatch):
    for name in TREE:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("args, stdin, expected", [
    pytest.param(["."], None, [f"./{p}" for p in WALKED],
                 id="directory walk is string-sorted, skips hidden, .md and sidecar .json"),
    pytest.param(["a/"], None, ["a/b/y.html", "a/x.txt", "a/z.json"], id="trailing slash gives no double slash"),
    pytest.param(["a/skip.md"], None, ["a/skip.md"], id="a file named explicitly is read whatever its suffix"),
    pytest.param(["a/*.json"], None, ["a/x.json", "a/z.json"], id="a sidecar named by a glob is read"),
    pytest.param(["missing.txt"], None, ["missing.txt"], id="a missing file is kept, to become an error line"),
    pytest.param(["a/*.txt", "a.txt"], None, ["a.txt", "a/x.txt"], id="glob, merged into order with other args"),
    pytest.param(["**/x.txt"], None, ["a-b/x.txt", "a/x.txt"], id="recursive glob"),
    pytest.param(["a", "a/x.txt", "a/x.txt"], None, ["a/b/y.html", "a/x.txt", "a/z.json"],
                 id="overlapping args give each source once"),
    pytest.param(["-"], "b.TXT\n\na.txt\na.txt\n", ["a.txt", "b.TXT"],
                 id="stdin list: sorted, blank lines and repeats dropped"),
    pytest.param(["c", "-"], "a.txt\n", ["a.txt", "c/d/e/deep.htm"], id="stdin list merged with a directory"),
])
def test_sources(tree, args, stdin, expected):
    lines = stdin.splitlines(keepends=True) if stdin is not None else None
    assert list(iter_sources(args, lines)) == expected


def test_walk_is_lazy(tree):
    """The first source comes out before the whole tree is listed (a million files stay on disk)."""
    walked = iter_sources(["."])
    assert next(walked) == "./a-b/x.txt"
    os.remove("c/d/e/deep.htm")  # not listed yet, so its removal is seen by the walk
    assert list(walked)[-1] == "./b.TXT"


# Name parts mix characters that sort before '/' ('-', '.', '+') with ones after it, so any
# walk that orders directories apart from files disagrees with sorted() somewhere.
_part = st.text(alphabet="ab-+.0_", min_size=1, max_size=3).filter(lambda p: not p.startswith("."))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_part, min_size=1, max_size=3), min_size=1, max_size=12))
def test_walk_order_is_string_order(paths):
    """Property: walking any tree yields exactly sorted() of its report paths."""
    files = {"/".join(parts) + ".txt" for parts in paths}
    # A name cannot be a file and a directory at once; drop files that shadow a directory.
    dirs = {f.rsplit("/", i)[0] for f in files for i in range(1, f.count("/") + 1)}
    files = {f for f in files if f not in dirs}
    with tempfile.TemporaryDirectory() as root:
        for name in files:
            path = os.path.join(root, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as fh:
                fh.write("x")
        walked = list(iter_sources([root]))
    assert walked == sorted(os.path.join(root, name) for name in files)
