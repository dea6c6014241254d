"""Saved web pages: detection, and the text kept from them."""
from __future__ import annotations

import pytest

from matchcli.inputs import text_from_bytes
from matchcli.inputs.markup import html_to_text, looks_like_html

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8"><title>Spurs 2-1 Leeds | Example Sport</title>
  <style>p { color: red }</style>
  <script>window.dataLayer = [{"score": "9-9"}];</script>
</head>
<body>
  <header class="site"><a href="/">Example Sport</a> <nav><a href="/">Home</a> <a href="/football">Football</a></nav></header>
  <main>
    <article>
      <header><h1>Spurs 2&ndash;1 Leeds</h1><p class="standfirst">A late winner at&nbsp;home.</p></header>
      <p>Kane&rsquo;s header put Spurs ahead in the
         23rd minute.</p>
      <p>Leeds levelled through Bamford<br>before Son won it.</p>
      <aside><h2>Related</h2><p>Arsenal 3-0 Wolves</p></aside>
      <form><input name="q"><button>Subscribe for 9-9 alerts</button></form>
      <div hidden>hidden 8-8 text</div>
      <div aria-hidden="true">aria hidden 7-7</div>
      <div role="navigation">role nav 6-6</div>
      <footer>Reporting by A. Writer</footer>
    </article>
  </main>
  <footer class="site">&copy; Example 2024</footer>
  <noscript>Enable 5-5 JavaScript</noscript>
</body>
</html>
"""

EXPECTED = (
    "Spurs 2\u20131 Leeds\n\n"
    "A late winner at\u00a0home.\n\n"
    "Kane\u2019s header put Spurs ahead in the 23rd minute.\n\n"
    "Leeds levelled through Bamford\nbefore Son won it."
)


def test_article_text_is_kept_and_page_chrome_dropped():
    assert html_to_text(PAGE) == EXPECTED


def test_document_text_is_normalised_html_text():
    doc = text_from_bytes(PAGE.encode("utf-8"), "page.html", html=True)
    assert doc.text.startswith("Spurs 2-1 Leeds\n\nA late winner at home.\n\nKane's header")
    assert doc.warnings == []


# (label, markup, expected text)
CASES = [
    ("entities", "<p>&lt;b&gt; &amp; &quot;x&quot; &#8217; &#x2013; &eacute;</p>", "<b> & \"x\" \u2019 \u2013 é"),
    ("broken entity left as text", "<p>AT&T &bogus; &#;</p>", "AT&T &bogus; &#;"),
    ("out-of-range char ref", "<p>a&#1114112;b&#xD800;c&#0;d</p>", "a\ufffdb\ufffdc\ufffdd"),
    ("headings and paragraphs are blocks", "<h2>Title</h2>Intro<p>One</p><p>Two</p>", "Title\n\nIntro\n\nOne\n\nTwo"),
    ("list items are blocks", "<ul><li>Saka 23'</li><li>Kane 67'</li></ul>", "Saka 23'\n\nKane 67'"),
    ("table cells spaced, rows blocks", "<table><tr><td>Shots</td><td>12</td></tr><tr><td>xG</td><td>1.4</td></tr></table>",
     "Shots 12\n\nxG 1.4"),
    ("br is a line break", "a<br>b<br/>c", "a\nb\nc"),
    ("many br collapse to a blank line", "a<br><br><br><br>b", "a\n\nb"),
    ("whitespace collapses", "<p>  lots\n\n of \t space  </p>", "lots of space"),
    ("pre keeps line breaks", "<pre>Saka 23'\nKane 67'</pre>", "Saka 23'\nKane 67'"),
    ("inline tags join words", "<p>Ka<b>ne</b> <i>scored</i></p>", "Kane scored"),
    ("comments dropped", "<p>a<!-- 9-9 -->b</p>", "ab"),
    ("unclosed comment swallows the rest", "<p>a</p><!-- 9-9", "a"),
    ("abrupt empty comment", "<p>a<!-->b</p>", "ab"),
    ("comment with markup inside", "<p>a<!-- <p>9-9</p> -->b</p>", "ab"),
    ("unfinished tags are text", "<p>a <b c</p>", "a <b c"),
    ("less-than in prose", "<p>Arsenal <3 fans, x < y</p>", "Arsenal <3 fans, x < y"),
    ("broken declarations", "<p>a<![<![b</p>", "a<![<![b"),
    ("CDATA section dropped", "<p>a<![CDATA[9-9]]>b</p>", "ab"),
    ("quoted > and < in attributes", "<p title='a>b' data-x=\"<i>\">ok</p>", "ok"),
    ("stray end tags ignored", "</div></p><p>a</span>b</p></td>", "ab"),
    ("unclosed paragraph", "<p>one<p>two", "one\n\ntwo"),
    ("unclosed script hides the rest", "<p>a</p><script>var s = '<p>9-9</p>';", "a"),
    ("script with markup-like strings", "<script>if (a<b) document.write('</p>9-9');</script><p>ok</p>", "ok"),
    ("style dropped", "<style>p::before{content:'9-9'}</style><p>ok</p>", "ok"),
    ("svg dropped", "<p>ok</p><svg><text>9-9</text></svg>", "ok"),
    ("page header dropped", "<header>Site 9-9</header><p>ok</p>", "ok"),
    ("article header kept", "<article><header><h1>A 2-1 B</h1></header><p>ok</p></article>", "A 2-1 B\n\nok"),
    ("nested skips", "<nav><div><nav>x</nav>y</div>z</nav><p>ok</p>", "ok"),
    ("void tags inside skipped block", "<aside><img src=x><br>9-9</aside><p>ok</p>", "ok"),
    ("self-closing div is not void", "<div/>a<p>b</p>", "a\n\nb"),
    ("upper-case tags", "<P>One</P><BR><SCRIPT>x</SCRIPT><P>Two", "One\n\nTwo"),
    ("NUL characters are spaces", "<p>a\x00b</p>", "a b"),
    ("no text at all", "<html><head><title>t</title></head><body><script>x</script></body></html>", ""),
]


@pytest.mark.parametrize("label,markup,expected", CASES, ids=[c[0] for c in CASES])
def test_html_to_text(label, markup, expected):
    assert html_to_text(markup) == expected


# (label, text, is html)
SNIFF = [
    ("doctype", "<!DOCTYPE html>\n<p>x</p>", True),
    ("html tag after blank lines", "\n\n  <html><body>x</body></html>", True),
    ("fragment starting with p", "<p>Arsenal won.</p>", True),
    ("div fragment", "<div class='story'>x</div>", True),
    ("prose", "Arsenal won 2-1.", False),
    ("prose mentioning a tag", "The <p> tag is used in <html> pages.", False),
    ("less-than heart", "<3 Arsenal 2-1", False),
    ("xml that is not html", "<?xml version='1.0'?><match><score>2-1</score></match>", False),
]


@pytest.mark.parametrize("label,text,expected", SNIFF, ids=[c[0] for c in SNIFF])
def test_looks_like_html(label, text, expected):
    assert looks_like_html(text) is expected


def test_sniffed_html_is_extracted_with_a_warning():
    doc = text_from_bytes(b"<html><body><p>Spurs 2&ndash;1 Leeds</p></body></html>", "<stdin>")
    assert doc.text == "Spurs 2-1 Leeds"
    assert any("HTML" in w for w in doc.warnings)


def test_html_suffix_forces_html_without_a_warning():
    doc = text_from_bytes(b"Spurs <b>2-1</b> Leeds", "page.html", html=True)
    assert doc.text == "Spurs 2-1 Leeds" and doc.warnings == []


def test_plain_text_suffix_is_not_forced_into_html():
    doc = text_from_bytes(b"Use <b> for bold; Spurs 2-1 Leeds", "notes.txt")
    assert doc.text == "Use <b> for bold; Spurs 2-1 Leeds"
