import pytest

from checker.mentions.money import find_money


@pytest.mark.parametrize("text,quote,amount,currency,kind", [
    ("approximately 134.4 billion euros in support", "approximately 134.4 billion euros", 134.4e9, "EUR", "approx"),
    ("a significant €50 billion Ukraine Facility", "€50 billion", 50e9, "EUR", "eq"),
    ("over $76.8 billion in aid", "over $76.8 billion", 76.8e9, "Dollar", "gt"),
    ("more than $2.9 billion", "more than $2.9 billion", 2.9e9, "Dollar", "gt"),
    ("US$ 1.2bn", "US$ 1.2bn", 1.2e9, "USD", "eq"),
    ("EUR 3 million", "EUR 3 million", 3e6, "EUR", "eq"),
    ("£3m", "£3m", 3e6, "Pound", "eq"),
    ("1.5bn euros", "1.5bn euros", 1.5e9, "EUR", "eq"),
    ("500 million US dollars", "500 million US dollars", 5e8, "USD", "eq"),
    ("¥147 billion", "¥147 billion", 147e9, "JPY", "eq"),
    # signs after the amount, spaced prefixes, codes with scales, sub-units
    ("nor is 10 € either", "10 €", 10, "EUR", "eq"),
    ("ranges between C $ 16.4 million", "C $ 16.4 million", 16.4e6, "CAD", "eq"),
    ("Sell Mex$ 10 million forward", "Mex$ 10 million", 1e7, "MXN", "eq"),
    ("They lost 75 USD million", "75 USD million", 75e6, "USD", "eq"),
    ("an increase to 120 MEUR", "120 MEUR", 120e6, "EUR", "eq"),
    ("It costs half million usd.", "half million usd", 5e5, "USD", "eq"),
    ("it only cost thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents", 13.45, "Dollar", "eq"),
    ("it costs only 15 dollars 50.", "15 dollars 50", 15.5, "Dollar", "eq"),
    ("the december contract rose 1.20 cents", "1.20 cents", 1.2, "Cent", "eq"),
    ("a 12-cent-a-share dividend", "12-cent", 12, "Cent", "eq"),
    ("$ 280 million first preferred ship mortgage notes", "$ 280 million", 280e6, "Dollar", "eq"),
    ("a higher , $ 70 - a - share price", "$ 70", 70, "Dollar", "eq"),
])
def test_amounts(text, quote, amount, currency, kind):
    (m,) = list(find_money(text))
    assert m.text == quote
    assert m.value.quantity.figure == pytest.approx(amount)
    assert m.value.currency == currency
    assert m.value.quantity.bound == kind


@pytest.mark.parametrize("text", [
    "the eur 5 thing",                 # a code in lower case before a number is no code
    "5 euro-zone countries",           # a currency word inside a compound
    "All 70 of us.",
    "it rose 5 per cent",
])
def test_not_money(text):
    assert list(find_money(text)) == []


def test_a_spaced_letter_before_a_sign_is_an_article():
    (m,) = list(find_money("a $5 bill"))
    assert (m.text, m.value.currency) == ("$5", "Dollar")


def test_cents_without_the_word_only_at_a_clause_end():
    (m,) = list(find_money("3 dollars and 30 people"))
    assert m.text == "3 dollars"
