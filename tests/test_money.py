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
])
def test_amounts(text, quote, amount, currency, kind):
    (m,) = list(find_money(text))
    assert m.text == quote
    assert m.value.quantity.figure == pytest.approx(amount)
    assert m.value.currency == currency
    assert m.value.quantity.kind == kind


def test_lowercase_code_in_prose_is_not_money():
    assert list(find_money("the eur 5 thing")) == []
