"""Saved web pages: is this HTML, and what is the readable text in it.

`html_to_text` keeps what a reader sees as the article and drops the page around it:

- dropped with everything inside: `head` (the page title repeats the headline with the site's
  name), scripts, styles, `noscript`, `template`, `svg`, forms and their controls, `iframe`,
  navigation (`nav`), `aside`, `footer`, the page `header`, elements marked `hidden` or
  `aria-hidden="true"`, and elements whose ARIA role is a navigation, banner, footer or sidebar;
- kept: a `header` inside an `article` or `main`, since that is where the headline and
  standfirst of the report live;
- block elements (paragraphs, headings, list items, table rows, divs...) end in a blank line,
  `<br>` in a newline, so the extractor's sentence and paragraph splitting still works;
- whitespace inside a block collapses to single spaces; `pre` keeps its line breaks;
- entities are decoded (`&nbsp;`, `&ndash;`, `&#8217;`), by the standard library's parser.

Evidence offsets refer to the returned text (after `normalise_text`), never to the HTML source.
Malformed markup never raises: the parser is forgiving, and a stray end tag is ignored.
"""
from __future__ import annotations

from collections import Counter

import regex
from ..patterns import compile_pattern

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

_SKIP = frozenset(
    "head script style noscript template svg math form button select textarea iframe object "
    "canvas nav aside footer dialog".split()
)
_SKIP_ROLES = frozenset("navigation banner contentinfo complementary search menu menubar".split())
# `header` is page chrome at the top level, but the article's own header holds its headline.
_HEADER_KEEPERS = frozenset(("article", "main"))
_BLOCK = frozenset(
    "address article blockquote body caption dd details div dl dt figcaption figure h1 h2 h3 h4 "
    "h5 h6 header hr li main ol p pre section summary table tbody thead tfoot tr ul".split()
)
_CELL = frozenset(("td", "th"))
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen".split()
)

# Sniffing: the text starts with markup and names an element only HTML has, near the top.
_HTML_START = compile_pattern(r"\A\s*<")
_HTML_MARKERS = compile_pattern(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|br|h[1-6])\b", regex.IGNORECASE
)
_SNIFF_CHARS = 4096

# Placeholder for a block boundary until `_tidy` turns runs of them into one blank line; NULs
# in the page's own text are turned into spaces first, so they cannot be mistaken for one.
_BLANK_LINE = "\x00"


def looks_like_html(text: str) -> bool:
    """
    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Arsenal <3 the fans: 2-1 win")
    False
    """
    head = text[:_SNIFF_CHARS]
    return bool(_HTML_START.match(head)) and bool(_HTML_MARKERS.search(head))


def html_to_text(markup: str) -> str:
    """
    >>> html_to_text("<nav>Home</nav><p>Arsenal won&nbsp;2&ndash;1.</p><p>Saka scored.</p>")
    'Arsenal won\\xa02\\u20131.\\n\\nSaka scored.'
    """
    parser = _text_parser()()
    parser.feed(_defuse(markup))
    parser.close()
    return parser.text()


# What `_defuse` recognises at a "<". Every branch stops at the next unquoted "<" or ">", and
# the possessive `*+` never backtracks, so one scan of the page is linear in its length.
_CONSTRUCT = compile_pattern(
    r"""
      (?P<comment> <!---?>                       # "<!-->": an empty comment to browsers
                 | <!-- .*? -->                  # closed comment
                 | <!-- .*  )                    # unclosed: runs to the end of the page (HTML5)
    | (?P<declaration> <[!?] [^<>]* > )          # doctype, CDATA, processing instruction
    | (?P<raw> < (?:script|style) (?=[\s/>]) )    # scripts and styles: raw text up to their end tag
    | (?P<tag> </? [A-Za-z] [^\s/<>]*
               (?> [^<>"']+ | "[^"]*" | '[^']*' )*+ > )
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)
_TAG_END = compile_pattern(r"""(?> [^<>"']+ | "[^"]*" | '[^']*' )*+ >""", regex.VERBOSE)


def _defuse(markup: str) -> str:
    """Rewrite the page so html.parser only ever meets complete constructs.

    Python's parser (measured on 3.11; newer releases fixed some of it) goes quadratic on
    unfinished tags and comments ("<a<a<a...": 4 s per 100 KB) and raises AssertionError on
    broken declarations ("<![<!["),
    both of which hostile or truncated pages contain. Here every "<" that does not start a
    complete tag becomes "&lt;" (which the parser turns back into "<"), comments, declarations
    and processing instructions (no readable text) are removed, and a script or style with no
    end tag ends the page, as it would in a browser.
    """
    out: list[str] = []
    pos = 0
    while True:
        lt = markup.find("<", pos)
        if lt < 0:
            out.append(markup[pos:])
            return "".join(out)
        out.append(markup[pos:lt])
        m = _CONSTRUCT.match(markup, lt)
        kind = m.lastgroup if m else None
        if kind is None:
            out.append("&lt;")
            pos = lt + 1
        elif kind in ("comment", "declaration"):
            pos = m.end()
        elif kind == "tag":
            out.append(m.group())
            pos = m.end()
        else:
            pos = _raw_element(markup, m, out)
            if pos < 0:
                return "".join(out)


def _raw_element(markup: str, start: regex.Match, out: list[str]) -> int:
    """Copy a script/style element whole; returns where to go on, or -1 if it never ends."""
    head = _TAG_END.match(markup, start.end())
    if head is None:
        out.append("&lt;")
        return start.start() + 1
    name = start.group()[1:]
    close = compile_pattern(rf"</{name}\s*>", regex.IGNORECASE).search(markup, head.end())
    if close is None:
        return -1
    out.append(markup[start.start():close.end()])
    return close.end()


def _text_parser() -> type:
    """`_TextHandlers` on an HTMLParser. html.parser (with html.entities and a dozen regexes) is
    imported only when a page is read: a plain-text `parse --json` run never needs it."""
    if not _PARSER:
        from html.parser import HTMLParser

        _PARSER.append(type("_TextParser", (_TextHandlers, HTMLParser), {}))
    return _PARSER[0]


_PARSER: list[type] = []


class _TextHandlers:
    """The handlers of the HTML-to-text parser (see `_text_parser`)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        # The stack of open elements, with counts for O(1) "is X open?" on hostile nesting.
        self._stack: list[tuple[str, bool]] = []
        self._open = Counter()
        self._skipping = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if not self._skipping:
                if tag == "br":
                    self._parts.append("\n")
                elif tag == "hr":
                    self._parts.append(_BLANK_LINE)
            return
        skip = self._skips(tag, attrs)
        self._stack.append((tag, skip))
        self._open[tag] += 1
        self._skipping += skip
        if tag == "pre":
            self._pre += 1
        self._boundary(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # `<div/>` opens and closes nothing in HTML; only void elements matter here.
        if tag in _VOID:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if not self._open[tag]:
            return  # a stray end tag: browsers ignore it, so do we
        while self._stack:
            name, skip = self._stack.pop()
            self._open[name] -= 1
            self._skipping -= skip
            if name == "pre":
                self._pre -= 1
            self._boundary(name)
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        self._parts.append(data.replace("\x00", " ") if self._pre else _collapse(data))

    def _skips(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in _SKIP:
            return True
        if tag == "header" and not any(self._open[k] for k in _HEADER_KEEPERS):
            return True
        for name, value in attrs:
            if name == "hidden":
                return True
            if name == "aria-hidden" and (value or "").strip().lower() == "true":
                return True
            if name == "role" and (value or "").strip().lower() in _SKIP_ROLES:
                return True
        return False

    def _boundary(self, tag: str) -> None:
        if self._skipping:
            return
        if tag in _BLOCK:
            self._parts.append(_BLANK_LINE)
        elif tag in _CELL:
            self._parts.append(" ")

    def text(self) -> str:
        return _tidy("".join(self._parts))


_WHITESPACE = compile_pattern(r"[ \t\n\r\f\x00]+")
_SPACE_RUN = compile_pattern(r"[ \t]+")
_SPACE_AROUND_BREAK = compile_pattern(r" ?([\n\x00]) ?")
_BREAK_RUN = compile_pattern(r"[\n\x00]+")


def _collapse(data: str) -> str:
    return _WHITESPACE.sub(" ", data)


def _tidy(text: str) -> str:
    # Three linear passes; a single pattern with `[ \t]*` on both sides of a break would
    # rescan long runs of spaces from every position.
    text = _SPACE_AROUND_BREAK.sub(r"\1", _SPACE_RUN.sub(" ", text))
    text = _BREAK_RUN.sub(_one_break, text)
    return text.strip(" \n")


def _one_break(run: regex.Match) -> str:
    """A block boundary (or several `<br>`) is a blank line; a single `<br>` a newline."""
    return "\n" if run.group() == "\n" else "\n\n"
