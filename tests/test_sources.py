import datetime as dt
import json

import pytest

from checker.errors import InputError
from checker.sources import group_stories, html_to_text, load_documents


def test_jsonl_records_and_stories(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [{"id": "a1", "story": "s1", "text": "one", "published": "2025-09-03"},
            {"id": "a2", "story": "s2", "text": "two"}, {"story": "s1", "text": "three"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    docs = load_documents([path])
    assert [d.id for d in docs] == ["a1", "a2", "feed-3"]
    assert docs[0].published == dt.date(2025, 9, 3)
    assert {k: [d.id for d in v] for k, v in group_stories(docs).items()} == {"s1": ["a1", "feed-3"], "s2": ["a2"]}


def test_markdown_front_matter(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: T\noutlet: O\npublished: 2025-09-03\n---\nBody text.\n")
    (doc,) = load_documents([tmp_path / "a.md"])
    assert (doc.title, doc.outlet, doc.published) == ("T", "O", dt.date(2025, 9, 3))
    assert doc.text == "T\n\nBody text.\n" and doc.headline == 3     # the headline is read with the body


def test_a_body_that_opens_with_its_headline_is_read_once(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Summit ends\n---\n# Summit ends\n\nBody.\n")
    (doc,) = load_documents([tmp_path / "a.md"])
    assert doc.text == "# Summit ends\n\nBody.\n" and doc.headline == 0


def test_bad_front_matter_and_bad_published(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: [unclosed\n---\nBody\n")
    warnings: list[str] = []
    (doc,) = load_documents([tmp_path / "a.md"], warn=warnings.append)     # the article, without its metadata
    assert doc.text == "Body\n" and doc.title is None
    assert len(warnings) == 1 and "a.md:3: front matter is not valid YAML; the article is read without it" in warnings[0]
    (tmp_path / "b.md").write_text("---\npublished: last week\n---\nBody\n")
    with pytest.raises(InputError, match="'published' must be an ISO date"):
        load_documents([tmp_path / "b.md"])


def test_folders_are_stories(tmp_path):
    for story in ("x", "y"):
        (tmp_path / story).mkdir()
        (tmp_path / story / f"{story}1.txt").write_text("text")
    docs = load_documents([tmp_path])
    assert sorted({d.story for d in docs}) == [f"{tmp_path.name}/x", f"{tmp_path.name}/y"]


def test_html_text_is_extracted_without_scripts():
    text = html_to_text("<html><script>var x=1</script><p>Summit on <b>Monday</b>.</p><p>Next</p></html>")
    assert text == "Summit on Monday.\n\nNext"


def test_malformed_jsonl_line(tmp_path):
    (tmp_path / "f.jsonl").write_text('{"text": "ok"}\n{broken\n')
    warnings: list[str] = []
    (doc,) = load_documents([tmp_path / "f.jsonl"], warn=warnings.append)
    assert doc.id == "f-1" and doc.text == "ok"
    assert len(warnings) == 1 and "f.jsonl: 1 of 2 records lost, the others kept (line 2: not valid JSON" in warnings[0]
    (tmp_path / "g.jsonl").write_text('{broken\n[1]\n')
    with pytest.raises(InputError, match=r"g.jsonl: no usable record \(line 1: not valid JSON .*; line 2: each line"):
        load_documents([tmp_path / "g.jsonl"])
