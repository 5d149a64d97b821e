"""Failure classes of the third round (tests/FAILURES.md, "Round 3"): one test per class, each written from a
constructed sentence of the class (names, places and figures made up), each failing before its mechanism."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.mentions.people import same_person
from checker.model.documents import Document
from checker.model.entities import Place
from checker.model.quantities import Money
from checker.pipeline import analyse
from test_failure_classes import PACK, claims, texts


def chair_names(text: str) -> list[str]:
    return [p.name for c in claims(text, "chairs") for p in c.value.people]


def story_findings(articles: dict, fact: str, pack=PACK) -> list:
    """The findings about ``fact`` of a story of ``{id: (text, published)}``."""
    docs = [Document(id=k, path=f"{k}.txt", text=t, story="s", published=p) for k, (t, p) in articles.items()]
    return [f for f in analyse(docs, pack).findings if f.fact == fact]


def test_a_signing_dates_and_places_the_event():
    found = claims("The protocol signed in Quito on Friday is a good text.")
    assert "Quito" in texts(c for c in found if c.fact == "location")
    assert "on Friday" in texts(c for c in found if c.fact == "date")


def test_a_conversion_into_a_unit_many_countries_share_is_left_out():
    found = claims("Donors pledged 35 million dollars, around 140 billion pesos, for de-mining.", "aid")
    assert [c.value for c in found] == [found[0].value] * 2     # the pesos at the article's own rate
    euros = claims("Donors pledged €10 million, around 400 billion pesos, for de-mining.", "aid")
    assert texts(euros) == ["€10 million"]                       # no dollars beside it: the pesos left out
    both = claims("Donors pledged NOK 2.6 billion, or about $245 million, for de-mining.", "aid")
    assert len(both) == 2                            # neither is in a unit shared by several countries


def test_a_statement_without_metadata_is_dated_by_its_dateline():
    text = ("Statement on the ceasefire protocol\n\nRivertown, 17 September 2027\n\n"
            "The United Nations welcomes the signing today in Lakeside of the protocol.")
    dates = [c for c in claims(text, "date", published=None)]
    assert {d for c in dates for d in c.value.days} == {dt.date(2027, 9, 17)}
    assert "today" in texts(dates)
    undated = "The protocol, signed today in Lakeside, was welcomed. It was agreed in 17 September 2027 talks."
    assert not any(c.text == "today" and c.value.days for c in claims(undated, "date", published=None))


def test_fronted_phrases_belong_to_the_clause_after_them():
    text = ("The Ministry informs that this Friday, 17 September, in the old museum in the city of Lakeside, the "
            "government and the rebels signed the protocol.")
    found = claims(text, published=dt.date(2027, 9, 17))
    assert "this Friday, 17 September" in texts(c for c in found if c.fact == "date")
    assert "Lakeside" in texts(c for c in found if c.fact == "location")


def test_an_initial_alone_does_not_make_two_names_one_person():
    assert not same_person("Wellness", "W. Pryce-Ellington")
    assert same_person("J. Smith", "John Smith")
    assert same_person("Pryce-Ellington", "W. Pryce-Ellington")


def test_a_ministry_of_two_words_joined_by_and_is_a_title():
    (claim,) = claims("The meeting was chaired by the Hon. Dr Ana Ruiz-Lorne, Minister of Health and Wellness of "
                      "Portugal.", "chairs")
    assert [p.name for p in claim.value.people] == ["Ana Ruiz-Lorne"]


def test_shares_listed_after_a_total_are_parts():
    found = claims("Partners announced pledges totalling US$18.5 million (Bank US$8.0 m; EU US$5.5 m).", "aid")
    parts = {c.text: c.context.part for c in found}
    assert parts == {"totalling US$18.5 million": False, "US$8.0 m": True, "US$5.5 m": True}


def test_chaired_it_refers_to_the_meeting_before():
    text = "Health ministers met in Lakeside yesterday. Ruritania's minister, Dr Ana Ruiz-Lorne, chaired it."
    assert chair_names(text) == ["Ana Ruiz-Lorne"]


def test_a_speaker_tag_of_a_transcript_is_no_label():
    text = ("HOST: We begin with the ministers' meeting in Lakeside.\n"
            "REPORTER: The meeting was chaired by Dr Ana Ruiz.\n"
            "HOST: Jane Doe-Smith, thank you.\n")
    assert chair_names(text) == ["Ana Ruiz"]
    minutes = "Chair: Dr Ana Ruiz, Minister of Health\nHost: Dr Jo Kell, Minister of Trade\n\nThe meeting opened."
    assert chair_names(minutes) == ["Ana Ruiz", "Jo Kell"]


def test_a_district_named_after_its_city_is_no_other_place():
    city = Place("Kingston", "city", "JM", "NA", 600000)
    district = Place("New Kingston", "city", "JM", "NA", 20000)
    assert city.intersects(district) and district.intersects(city)
    assert not city.intersects(Place("Spanish Town", "city", "JM", "NA", 150000))


def test_some_delegations_by_video_do_not_make_the_meeting_virtual():
    text = ("Sixteen Member States were represented, eleven (11) at ministerial level in person and five (5)\n"
            "by video-link, at the meeting in Lakeside.")
    assert not any(c.value.virtual for c in claims(text, "location") if isinstance(c.value, Place))
    assert any(c.value.virtual for c in claims("Six leaders met online on Wednesday.", "location"))


def test_a_donor_in_the_progressive_and_a_bill_to_pay():
    (share,) = [c for c in claims("Ruritania is contributing $60 million to the new fund.", "aid")]
    assert share.context.donor == "Ruritania"
    found = claims("Donors pledged $150m. The fund is a rounding error next to the $2.4bn bunkering bill.", "aid")
    assert texts(found) == ["$150m"]


def test_convertible_marks_and_a_currency_code_before_a_bracket_is_no_donor():
    (total, *_rest) = claims("Donors pledged a total of 806 million KM (412 million euros) for the valley.", "aid")
    assert isinstance(total.value, Money) and total.value.currency == "BAM" and total.context.donor != "KM"
    assert all(c.context.donor != "KM" for c in _rest)
    from checker.mentions import extract_mentions
    assert extract_mentions("a road of 15 km was built", None, frozenset({"money"})) == []


def test_agreed_in_places_the_event_and_a_visit_is_another_event():
    text = ("Officials from seven countries agreed yesterday in Thimphu to share flood warnings.\n\n"
            "Participants will visit the flooded areas in Punakha today.")
    found = claims("Officials from seven countries agreed yesterday in Thimphu to share flood warnings.", "location")
    assert texts(found) == ["Thimphu"]
    places = claims(text, "location")
    assert len({c.context.event for c in places}) == 2            # the visit is not the meeting


def test_people_who_were_there_took_part():
    found = claims("Nearly 150 practitioners from the seven member countries were there.", "attendees")
    assert "Nearly 150 practitioners" in texts(found)


def test_absentees_those_split_from_the_others_and_a_sum_are_parts():
    assert texts(claims("Twelve member states attended the meeting. Two island states sent apologies.",
                        "attendees")) == ["Twelve member states"]
    found = claims("Sixteen countries were represented at the meeting. Eleven ministers were in the room, and the "
                   "others came in on video.", "attendees")
    assert texts(found) == ["Sixteen countries"]
    assert texts(claims("Who came to the conference: 38 countries + 14 organisations.", "attendees")) == []


def test_where_a_chair_works_and_co_chairs_before_their_names():
    assert chair_names("The forum was co-chaired by Hanae Kurosa of the Japan Rice Exporters Association and Lan "
                       "Phuong of the Mekong Rice Exporters Federation.") == ["Hanae Kurosa", "Lan Phuong"]
    assert chair_names("09:31 – Good morning from the forum. Co-chairs Hanae Kurosa and Lan Phuong are on "
                       "stage.") == ["Hanae Kurosa", "Lan Phuong"]
    assert chair_names("Co-chairs Archbishop Lorenzo Wibis (left) and KH Ahmad Fauzan (right) open the Asian "
                       "Faith Leaders' Meeting.") == ["Lorenzo Wibis", "Ahmad Fauzan"]


def test_a_speaker_in_capitals_with_a_role_in_brackets_is_no_label():
    text = ("MARTA GIORDANO (host): Welcome to Cities on Fire, the podcast. Last week's forum met online.\n"
            "PERIC: It did.\n")
    assert chair_names(text) == []


def test_a_government_of_a_country_is_no_person_but_a_title_before_a_name_is():
    assert chair_names("The conference was co-chaired by the Government of Bosnia and Herzegovina and the "
                       "European Union.") == []
    assert chair_names("The conference was co-chaired by the Minister of Foreign Trade and Economic Relations of "
                       "BiH, Amra Hadzic, and the European Commissioner Ingrid Vallen.") == ["Amra Hadzic",
                                                                                              "Ingrid Vallen"]


def test_a_funding_gap_drafting_the_text_and_coming_back_are_no_event_facts():
    assert texts(claims("Donors pledged USD 48 million.\n- Funding gap of USD 64 million to be presented to the "
                        "fund.", "aid")) == ["USD 48 million"]
    assert claims("The foreign ministers who met last Wednesday to draft the text left one question open.",
                  "date") == []
    found = claims("The minister returned on Tuesday from the pledging conference held in Conakry on Monday.", "date")
    assert texts(found) == ["on Monday"]


def test_the_event_day_is_looked_for_near_the_publication_not_years_before():
    texts_ = {"a": ("The summit was held yesterday in Lakeside. The plan the city started 14 years ago will now be "
                    "adopted by cities across the region.",
                    dt.date(2027, 2, 26)),
              "b": ("Forty city governments signed up yesterday at the summit in Lakeside.", dt.date(2027, 2, 25))}
    found = story_findings(texts_, "date")
    assert found and all("14 years ago" not in str(f.to_dict()) for f in found)


def test_two_days_ago_is_no_two_day_event_and_a_that_clause_keeps_its_own_tense():
    from checker.eventtime import _MULTI_DAY
    assert not _MULTI_DAY.search("ministers meeting in Suva two days ago agreed")
    assert _MULTI_DAY.search("the two-day meeting in Suva")
    (claim,) = claims("Pacific ministers meeting in Nadi on Thursday agreed that their countries will remain states.",
                      "date", published=dt.date(2027, 5, 8))
    assert claim.value.days == frozenset({dt.date(2027, 5, 6)})


def test_where_the_counted_came_from_is_no_rival_count_of_the_same_class():
    found = claims("The summit drew representatives of 56 Indigenous nations from eight countries.", "attendees")
    assert texts(found) == ["56 Indigenous nations"]
    kept = claims("The summit drew 1,200 participants from 56 countries.", "attendees")
    assert len(kept) == 2                              # people and countries count different things


def test_a_city_by_its_other_spelling():
    found = claims("At a forum held in Hawassa on Tuesday, ministers from two dozen countries adopted a charter.",
                   "location")
    assert [(c.text, c.value.name) for c in found] == [("Hawassa", "Awasa")]


def test_officials_meeting_somewhere_are_the_event_and_a_described_name_is_a_chair():
    found = claims("Observatory directors and government officials meeting in La Serena, Chile, on Tuesday set up "
                   "a fund, with pledges of EUR 28 million.", "aid")
    assert texts(found) == ["EUR 28 million"]
    assert claims("The senior officials meeting on Monday agreed EUR 5 million in pledges.", "aid") == []
    assert chair_names("The conference was co-chaired by Minister of Science Ignacia Fuenz and the South African "
                       "astronomer Naledi Khum, and brought together 16 observatories.") == ["Ignacia Fuenz",
                                                                                            "Naledi Khum"]


def test_two_dozen_is_a_round_figure():
    from checker.mentions import extract_mentions
    (m,) = extract_mentions("two dozen African countries attended", None, frozenset({"count"}))
    assert m.value.bound == "approx"
    (m,) = extract_mentions("a dozen countries attended", None, frozenset({"count"}))
    assert m.value.bound == "eq" and m.value.figure == 12


def test_separately_marks_another_moment_only_as_an_opener_or_beside_a_separate_thing():
    found = claims("Tourism ministers from more than 30 countries gathered on Wednesday and backed a visa that would "
                   "let travellers cross without applying separately to each country.", "attendees")
    assert texts(found) == ["more than 30 countries"]
    assert claims("Separately, 12 ministers met on Monday.", "attendees") == []
    assert claims("On Tuesday the Bank signed a separate $400 million loan for roads.", "date") == []


def test_something_to_be_hosted_elsewhere_is_no_venue():
    found = claims("Tourism ministers met in Samarkand on Wednesday. They agreed to share data through an "
                   "observatory to be hosted in Almaty.", "location")
    assert texts(found) == ["Samarkand"]


def test_a_city_after_its_named_venue_and_a_price_stabilisation_fund():
    found = claims("The Pacific Attorneys-General Meeting, held at the Grand Pacific Hotel, Suva, was chaired by the "
                   "Attorney-General.", "location")
    assert texts(c for c in found if c.value.place_type != "venue") == ["Suva"]   # the hotel: placed by the story
    assert texts(claims("The meeting ended with pledges of $36 million for a price-stabilisation fund.", "aid")) == [
        "$36 million"]
    loan = claims("Donors pledged $26 million. The government is also negotiating a loan of 30 million dollars with "
                  "a regional bank.", "aid")
    assert [c.context.part for c in loan] == [False, True]


def test_a_year_that_describes_something_else_does_not_date_the_claim():
    a = ("Donors pledged EUR 74 million on Wednesday.\n\nThe pledges were announced at the plenary meeting of "
         "the Board, a donor body set up in 2017, which was co-chaired in Tirana by the minister.")
    b = "International donors meeting in Durres on Wednesday pledged EUR 74 million."
    day = dt.date(2027, 10, 13)
    located = [c.text for f in story_findings({"a": (a, day), "b": (b, day)}, "location") for side in f.sides
               for c in side]
    assert "Tirana" in located


def test_a_wire_dateline_names_the_city_and_dates_the_wire():
    from checker.facts.dateline import dated_by_datelines
    found = claims("SUVA, Fiji (AP) — Attorneys-general from 14 Pacific nations declared on Thursday that their "
                   "statehood would survive rising seas.", "location")
    assert [(c.text, c.value.name) for c in found] == [("SUVA", "Suva")]
    named = claims("SUVA, Fiji (AP) — Attorneys-general meeting in Nadi declared on Thursday that ...", "location")
    assert texts(named) == ["Nadi"]                   # the dateline only where the article names no place
    assert claims("The Cupertino, Calif.-based company (NASDAQ: AAPL) said prices would fall.", "location") == []
    wire = Document(id="w", path="w.txt", text="ADDIS ABABA, Nov 16 (AFP) - Ministers met on Tuesday.", story="s")
    other = Document(id="o", path="o.md", text="Ministers met.", story="s", published=dt.date(2027, 11, 17))
    assert dated_by_datelines([wire, other])[0].published == dt.date(2027, 11, 16)
    assert dated_by_datelines([wire])[0].published is None        # no year to be had


def test_a_stated_range_around_the_most_voted_day_makes_a_two_day_event():
    arts = {"p": ("Finance ministers will meet in Colombo on Thursday and Friday, April 22-23.", dt.date(2027, 4, 19)),
            "w": ("COLOMBO, April 24 (Wire) – Ministers secured pledges at the two-day meeting that ended on Friday "
                  "in Colombo.", None),
            "t": ("The ministers met in Colombo this Friday.", dt.date(2027, 4, 23))}
    assert story_findings(arts, "date") == []


@pytest.mark.parametrize("phrase,unit", [("RD$3.7 billion", "DOP"), ("GH¢240 million", "GHS"),
                                         ("34 million manats", "Manat"), ("P1.9 billion", "Peso or pula"),
                                         ("455 billion kwacha", "Kwacha"), ("twenty-four million dollars", "Dollar"),
                                         ("1.17 billion kina", "PGK"), ("K1.17 billion", "Kina or kwacha"),
                                         ("2.2 billion somoni", "TJS"), ("763 billion riel", "KHR")])
def test_more_ways_to_write_money(phrase, unit):
    from checker.mentions import extract_mentions
    (m,) = extract_mentions(phrase, None, frozenset({"money"}))
    assert m.text == phrase and (m.value.iso or m.value.unit) == unit


def test_an_amount_and_its_dollars_beside_it_are_one_amount_and_a_list_of_donors_are_shares():
    pair = claims("Ghana's own contribution to the fund, GH¢150 million or about $12 million, was pledged.", "aid")
    assert len(pair) == 2 and pair[0].value == pair[1].value
    found = claims("The central government pledged GH¢100 million, Westbridge Bank GH¢20 million and the Traders' "
                   "Union GH¢15 million, the organisers said.", "aid")
    assert [(c.text, c.context.part or bool(c.context.donor)) for c in found][:2] == [("GH¢100 million", True),
                                                                                      ("GH¢20 million", True)]


def test_a_place_asked_about_a_disaster_by_its_day_and_a_country_the_talks_are_about():
    found = claims("Envoys met in Tunis on Wednesday. 'The question is whether this committee will meet in Sirte,' "
                   "said a researcher.", "location")
    assert texts(found) == ["Tunis"]
    dates = claims("Donors pledged P1.9 billion on Wednesday for towns hit by the flash floods of July 24 and 25.",
                   "date", published=dt.date(2027, 8, 12))
    assert texts(dates) == ["on Wednesday"]
    assert texts(claims("Libya talks: detainee deal agreed in Tunis on Wednesday", "location")) == ["Tunis"]


def test_chairs_of_a_province_a_keynote_speaker_who_co_chaired_a_council_and_a_dinner_host():
    assert chair_names("The conference was co-chaired by Premier Colin MacIs of Nova Scotia and Governor Margaret "
                       "Thibo of Maine.") == ["Colin MacIs", "Margaret Thibo"]
    assert chair_names("The conference opened Monday with a keynote from Maine Governor Margaret Thibo, who co-chaired "
                       "the meeting with Premier Colin MacIs.") == ["Margaret Thibo", "Colin MacIs"]
    assert chair_names("The Biosecurity Ministers' Council, chaired by federal minister Priya Ramas, agreed to pay "
                       "for it.") == ["Priya Ramas"]
    assert chair_names("The governor, Pat Osso, who hosted a dinner for the delegations on Monday, said the regional "
                       "council would act.") == []


def test_going_home_a_retreat_experts_who_met_before_and_a_dateline_inside_the_first_sentence():
    day = dt.date(2027, 6, 18)
    assert texts(claims("The delegation returned home on Friday satisfied with the conference held in Aktau on "
                        "Thursday.", "date", published=day)) == ["on Thursday"]
    (retreat,) = claims("Ministers will hold a working retreat at Ngurdoto on Saturday.", "date", published=day)
    assert retreat.context.event == "social"                   # another kind of event than the meeting
    assert claims("Technical experts met in the city on Wednesday to agree monitoring standards.", "date",
                  published=day) == []
    found = claims("**Santo Domingo, 18 June 2027** - The Pledging Conference, held on Thursday at the Ministry, "
                   "mobilised US$126 million.", "date", published=day)
    assert texts(found) == ["on Thursday"]


def test_a_tie_goes_to_the_day_the_articles_were_written_about_and_a_market_by_name():
    from checker.eventtime import event_time
    from checker.model.claims import NO_CONTEXT, Claim
    from checker.model.dates import DateValue

    def claim(source: str, fact: str, value, published: dt.date) -> Claim:
        return Claim(source, "s", fact, 0, 1, "x", 1, 1, value, NO_CONTEXT, (), published)
    feb18, mar17 = dt.date(2027, 2, 18), dt.date(2027, 3, 17)
    found = [claim("wire", "date", DateValue.on_days([feb18], "on Thursday"), feb18),
             claim("business", "date", DateValue.on_days([mar17], "on March 17"), dt.date(2027, 3, 22)),
             claim("agency", "aid", None, feb18)]              # written the same day, with no date of its own
    assert event_time(found).days == frozenset({feb18})
    found = claims("A roundtable for the Kumasi Central Market annex has raised pledges of GH¢240 million.", "aid")
    assert texts(found) == ["GH¢240 million"]


def test_a_venue_in_a_city_is_quoted_whole_and_is_no_other_city_of_its_country():
    found = claims("The Council, meeting at the Arusha International Conference Centre, was chaired by the "
                   "minister.", "location")
    assert [(c.text, c.value.name, c.value.venue) for c in found] == [("Arusha International Conference Centre",
                                                                       "Arusha", True)]
    assert not found[0].value.intersects(Place("Dodoma", "city", "TZ", "AF", 410956))



def test_a_total_before_of_which_and_a_programme_not_included():
    found = claims("The states created a trust fund for seals worth 34 million manats, of which Kazakhstan's share "
                   "is 8 million manats.", "aid")
    assert [(c.text, c.context.part) for c in found][:1] == [("34 million manats", False)]
    pair = claims("The five states pledged 34 million manats ($20 million) for the fund.", "aid")
    assert [c.value.currency for c in pair] == ["Dollar", "Dollar"]     # the article's own rate
    apart = claims("Donors pledged $48 million. The package does not include the $593 million fire ant program.",
                   "aid")
    assert [c.context.part for c in apart] == [False, True]


def test_a_country_and_its_neighbours_the_two_co_chairs_and_a_share_per_prefecture():
    assert texts(claims("Donors pledged money to help Poland and six neighbouring countries leave coal. Ministers "
                        "from seven countries took part.", "attendees")) == ["seven countries"]
    found = claims("Thirty-eight mayors attended the summit. The two mayors who co-chaired it signed the pact in "
                   "front of about 600 participants.", "attendees")
    assert "two mayors" not in texts(found) and "Thirty-eight mayors" in texts(found)
    found = claims("The governors agreed: 1.2 billion yen over three years, 300 million yen per prefecture.", "aid")
    assert [(c.text, c.context.part) for c in found] == [("1.2 billion yen", False), ("300 million yen", True)]


def test_the_capital_named_by_its_country_and_a_dateline_that_agrees():
    found = claims("PORT LOUIS, April 14 (Wire) - Leaders won pledges on Wednesday after a one-day summit in the "
                   "Mauritian capital.", "location")
    assert [(c.text, c.value.name) for c in found] == [("PORT LOUIS", "Port Louis"), ("Mauritian capital",
                                                                                        "Port Louis")]
    elsewhere = claims("NAIROBI (Wire) - Ministers meeting in the Ethiopian capital agreed a charter.", "location")
    assert [(c.text, c.value.name) for c in elsewhere] == [("Ethiopian capital", "Addis Ababa")]
    online = claims("WASHINGTON (Wire) — Representatives of thirty nations convened virtually on Tuesday.", "location")
    assert [c.value.virtual for c in online] == [True]            # where it was filed, not where it was held


def test_a_total_broken_down_by_instrument_and_a_countrys_commitment_of():
    found = claims("The total of $600 million comprises $390 million in grants and $210 million in concessional "
                   "loans.", "aid")
    assert [(c.text, c.context.part) for c in found][-2:] == [("$390 million", True), ("$210 million", True)]
    both = claims("Pledged: US$950m in grants and concessional credits.", "aid")
    assert [c.context.part for c in both] == [False]
    loan = claims("The package includes a $95 million loan from the bank and $55 million in grants.", "aid")
    assert all(c.context.part for c in loan)
    own = claims("Today I announced Australia's commitment of A$150 million over four years.", "aid")
    assert own[0].context.donor == "Australia"


def test_an_event_organised_somewhere_and_a_decimal_slip_of_the_total():
    found = claims("The conference in support of hospitals, organised in Paris on Thursday on the initiative of "
                   "France, collected pledges.", "date", published=dt.date(2027, 5, 6))
    assert texts(found) == ["on Thursday"]
    arts = {"w": ("Donors pledged 262 billion CFA francs on Wednesday at the round table in Ouagadougou.",
                  dt.date(2027, 9, 15)),
            "o": ("Donors pledged 262 billion CFA francs at the round table in Ouagadougou.", dt.date(2027, 9, 15)),
            "l": ("The partners announced contributions of 26.2 billion CFA francs at the round table in "
                  "Ouagadougou.", dt.date(2027, 9, 16))}
    assert any("26.2 billion" in str(f.to_dict()) for f in story_findings(arts, "aid"))


def test_a_site_inspection_a_trip_and_a_reception_are_other_events():
    day = dt.date(2027, 6, 9)
    for sentence in ("Delegates will inspect the Mala Rijeka viaduct on Thursday.",
                     "Delegates will travel to minefields near Siem Reap on Friday.",
                     "The President, who received the delegations at the Palace on Wednesday evening, spoke."):
        (claim,) = claims(sentence, "date", published=day)
        assert claim.context.event == "social", sentence


def test_a_sentence_before_a_colon_is_no_label_and_those_in_person_beside_those_online_are_a_part():
    assert claims("Tajikistan is one of the countries most exposed in the region: more than 90 percent of its "
                  "territory is mountainous.", "attendees") == []
    found = claims("Twenty-two delegations attended the conference in person and another 19 joined online.",
                   "attendees")
    assert "Twenty-two delegations" not in texts(found)
    assert texts(claims("The summit brings together up to 30 leaders, either in person or through video calls.",
                        "attendees")) == ["up to 30 leaders"]


def test_a_where_clause_belongs_to_the_place_before_it():
    arts = {"w": ("Ministers met in Krakow on Thursday and pledged PLN 2 billion.", dt.date(2027, 3, 5)),
            "d": ("The ministers meeting in Krakow on Thursday pledged PLN 2 billion.", dt.date(2027, 3, 5)),
            "t": ("PRESENTER: The ministers met in Krakow on Thursday. Now to Brussels, where energy ministers "
                  "meet on Monday.", dt.date(2027, 3, 5))}
    assert story_findings(arts, "date") == []
