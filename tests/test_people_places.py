from checker.mentions.people import find_people, parse_name_list, parse_name_list_before, same_person
from checker.mentions.places import find_places, gazetteer


def test_titled_names_keep_their_titles():
    text = "the meeting, co-chaired by French President Emmanuel Macron and British Prime Minister Keir Starmer."
    people = parse_name_list(text, text.index("by ") + 3)
    assert [p.text for p in people] == ["French President Emmanuel Macron", "British Prime Minister Keir Starmer"]
    assert [p.value.name for p in people] == ["Emmanuel Macron", "Keir Starmer"]


def test_lower_case_demonym_from_scraped_text():
    text = "hosted by french President Emmanuel Macron,aims"
    (p,) = parse_name_list(text, text.index("by ") + 3)
    assert p.text == "french President Emmanuel Macron"


def test_places_and_organisations_are_not_people():
    for text in ("led by the United Kingdom,France,and the United States", "hosted by Paris on Tuesday",
                 "led by the European Union"):
        assert parse_name_list(text, text.index("by ") + 3) == []


def test_list_before_a_verb():
    text = "Emmanuel Macron met Keir Starmer. Macron and Starmer co-chaired the meeting"
    assert [p.text for p in parse_name_list_before(text, text.index(" co-chaired"))] == ["Macron", "Starmer"]


def test_a_lone_capitalised_word_is_a_name_only_if_seen_in_full():
    text = "The Oscars and Hollywood co-chaired nothing. Seth MacFarlane hosted."
    assert parse_name_list_before(text, text.index(" co-chaired")) == []


def test_find_people_skips_headline_words():
    text = ("Looking Ahead\nPolish Prime Minister Donald Tusk offered support. Support for the plan grew.\n"
            "Tusk spoke later.")
    names = {p.value.name for p in find_people(text)}
    assert names == {"Donald Tusk", "Tusk"}


def test_fuzzy_name_matching():
    assert same_person("Zelensky", "Volodymyr Zelenskyy")
    assert same_person("Kosiniak-Kamysz", "Kosiniak\u2011Kamisz")
    assert same_person("Emmanuel Macron", "macron")
    assert not same_person("Emmanuel Macron", "Keir Starmer")
    assert not same_person("Donald Trump", "Donald Tusk")


def test_gazetteer_prefers_the_big_city_and_knows_containment():
    paris = gazetteer().lookup("Paris")
    assert (paris.place_type, paris.country, paris.continent) == ("city", "FR", "EU")
    europe, france = gazetteer().lookup("Europe"), gazetteer().lookup("France")
    assert europe.intersects(paris) and france.intersects(paris)
    assert not gazetteer().lookup("Vienna").intersects(paris)


def test_places_and_virtual_mentions():
    found = [(m.kind, m.text) for m in find_places("The Paris summit, held virtually, and a video call with Kyiv.")]
    assert ("place", "Paris") in found and ("place", "Kyiv") in found
    assert ("virtual", "virtually") in found and ("virtual", "video call") in found


def test_a_person_named_like_a_city_is_not_a_place():
    assert [m.text for m in find_places("Florence Pugh starred.") if m.kind == "place"] == []
