"""Finding ids are what baselines and reviews key on: they must survive edits elsewhere in an article,
reordered files and unrelated new articles, and change when the conflicting values change."""



from checker.pipeline import run


ARTICLE = "003_f11721f52ebed780.txt"


def fingerprints(*paths):
    return {f.id: f.evidence() for f in run(list(paths)).findings}


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_unrelated_edits_keep_ids_and_evidence(corpus):
    before = fingerprints(corpus)
    article = corpus / ARTICLE
    # A new paragraph at the top shifts every offset and line; a sentence elsewhere is reworded.
    article.write_text("Editor's note: this article was updated with comments from diplomats.\n\n"
                       + article.read_text(encoding="utf-8"), encoding="utf-8")
    edit(article, "So far, military pledges have largely remained vague.",
         "So far, the military pledges have remained rather vague and unspecific.")
    assert fingerprints(corpus) == before


def test_file_order_and_folder_name_do_not_matter(corpus, tmp_path):
    before = set(fingerprints(corpus))
    files = sorted(corpus.iterdir())
    assert set(fingerprints(*reversed(files))) == before
    renamed = tmp_path / "elsewhere"
    corpus.rename(renamed)
    assert set(fingerprints(renamed)) == before


def test_unrelated_articles_keep_ids(corpus):
    before = set(fingerprints(corpus))
    (corpus / "010_other.txt").write_text("Markets were calm as traders awaited the central bank.\n",
                                          encoding="utf-8")
    (corpus / "sub").mkdir()                                   # another folder: another story
    (corpus / "sub" / "a.txt").write_text("The trial opened in Oslo on Monday.\n", encoding="utf-8")
    (corpus / "sub" / "b.txt").write_text("The trial opened in Oslo on Friday.\n", encoding="utf-8")
    after = set(fingerprints(corpus))
    assert before < after                                      # all kept; the other story adds its own


def test_changed_values_change_the_id(corpus):
    before = run([corpus]).findings
    edit(corpus / ARTICLE, "the thirty-five invited delegations", "the forty invited delegations")
    after = run([corpus]).findings
    quoting = [f.id for f in before if any("thirty-five" in c.text for side in f.sides for c in side)]
    assert quoting and not set(quoting) & {f.id for f in after}       # ~30 vs 35 is now ~30 vs 40
    dates = {f.id for f in before if f.fact == "date"}
    assert dates and dates <= {f.id for f in after}                    # the date conflicts are untouched
