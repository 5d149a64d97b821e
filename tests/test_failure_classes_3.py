"""Failure classes of the third round (tests/FAILURES.md, "Round 3"): one test per class, each written from a
constructed sentence of the class (names, places and figures made up), each failing before its mechanism."""

from __future__ import annotations

import datetime as dt

from checker.mentions.people import same_person
from checker.model.entities import Place
from checker.model.quantities import Money
from test_failure_classes import claims, texts


def chair_names(text: str) -> list[str]:
    return [p.name for c in claims(text, "chairs") for p in c.value.people]


def test_a_signing_dates_and_places_the_event():
    found = claims("The protocol signed in Quito on Friday is a good text.")
    assert "Quito" in texts(c for c in found if c.fact == "location")
    assert "on Friday" in texts(c for c in found if c.fact == "date")


def test_a_conversion_into_a_unit_many_countries_share_is_left_out():
    found = claims("Donors pledged 35 million dollars, around 140 billion pesos, for de-mining.", "aid")
    assert texts(found) == ["35 million dollars"]
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
    text = ("HOST: We begin with the ministers' meeting in Lakeside.\nREPORTER: The meeting was chaired by Dr Ana Ruiz.\n"
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
