"""The currencies amounts are written in: signs ("€", "GH¢"), codes ("USD", "KM"), letters before "$" ("US$",
"RD$") and words after the amount ("euros", "manats"), each mapped to (unit name, ISO 4217 code or None). The
code is None where the text does not fix one ("$" is some dollar): the rule pack decides, per story, what such a
unit is taken to be (settings ``currency.assume`` and ``currency.local``)."""

from __future__ import annotations

# Signs, and letters glued or spaced before "$" -> (unit name, ISO code or None)
SIGNS: dict[str, tuple[str, str | None]] = {
    "$": ("Dollar", None), "€": ("Euro", "EUR"), "£": ("Pound", None), "¥": ("Yen", "JPY"),
    "₹": ("Indian rupee", "INR"), "₽": ("Russian ruble", "RUB"), "₴": ("Ukrainian hryvnia", "UAH"),
    "₩": ("South Korean won", "KRW"), "₺": ("Turkish lira", "TRY"), "₪": ("Israeli new shekel", "ILS"),
    "₦": ("Nigerian naira", "NGN"), "₱": ("Philippine peso", "PHP"), "₫": ("Vietnamese dong", "VND"),
    "฿": ("Thai baht", "THB"), "₸": ("Kazakhstani tenge", "KZT"), "₡": ("Costa Rican colón", "CRC"),
    "₾": ("Georgian lari", "GEL"), "₭": ("Lao kip", "LAK"), "₮": ("Mongolian tögrög", "MNT"),
    "₵": ("Ghanaian cedi", "GHS"), "GH¢": ("Ghanaian cedi", "GHS"), "GH₵": ("Ghanaian cedi", "GHS"), "₿": ("Bitcoin", None), "zł": ("Polish złoty", "PLN"),
    "ரூ": ("Sri Lankan rupee", "LKR"), "元": ("Chinese yuan", "CNY"), "円": ("Japanese yen", "JPY"),
}
CODES: dict[str, tuple[str, str | None]] = {
    "USD": ("United States dollar", "USD"), "EUR": ("Euro", "EUR"), "GBP": ("British pound", "GBP"),
    "JPY": ("Japanese yen", "JPY"), "CNY": ("Chinese yuan", "CNY"), "RMB": ("Chinese yuan", "CNY"),
    "CHF": ("Swiss franc", "CHF"), "CAD": ("Canadian dollar", "CAD"), "AUD": ("Australian dollar", "AUD"),
    "NZD": ("New Zealand dollar", "NZD"), "HKD": ("Hong Kong dollar", "HKD"), "SGD": ("Singapore dollar", "SGD"),
    "INR": ("Indian rupee", "INR"), "RUB": ("Russian ruble", "RUB"), "UAH": ("Ukrainian hryvnia", "UAH"),
    "PLN": ("Polish złoty", "PLN"), "SEK": ("Swedish krona", "SEK"), "NOK": ("Norwegian krone", "NOK"),
    "DKK": ("Danish krone", "DKK"), "TRY": ("Turkish lira", "TRY"), "ZAR": ("South African rand", "ZAR"),
    "BRL": ("Brazilian real", "BRL"), "MXN": ("Mexican peso", "MXN"), "KRW": ("South Korean won", "KRW"),
    "ILS": ("Israeli new shekel", "ILS"), "CZK": ("Czech koruna", "CZK"), "HUF": ("Hungarian forint", "HUF"),
    "BTC": ("Bitcoin", None),
    # Currencies of the countries that host donor conferences and ministerial meetings.
    "PHP": ("Philippine peso", "PHP"), "VND": ("Vietnamese dong", "VND"), "KES": ("Kenyan shilling", "KES"),
    "NGN": ("Nigerian naira", "NGN"), "XOF": ("West African CFA franc", "XOF"),
    "XAF": ("Central African CFA franc", "XAF"), "THB": ("Thai baht", "THB"), "IDR": ("Indonesian rupiah", "IDR"),
    "MYR": ("Malaysian ringgit", "MYR"), "EGP": ("Egyptian pound", "EGP"), "SAR": ("Saudi riyal", "SAR"),
    "AED": ("UAE dirham", "AED"), "QAR": ("Qatari riyal", "QAR"), "KWD": ("Kuwaiti dinar", "KWD"),
    "COP": ("Colombian peso", "COP"), "CLP": ("Chilean peso", "CLP"), "ARS": ("Argentine peso", "ARS"),
    "PEN": ("Peruvian sol", "PEN"), "BDT": ("Bangladeshi taka", "BDT"), "PKR": ("Pakistani rupee", "PKR"),
    "LKR": ("Sri Lankan rupee", "LKR"), "MKD": ("Macedonian denar", "MKD"), "RSD": ("Serbian dinar", "RSD"),
    "RON": ("Romanian leu", "RON"), "ISK": ("Icelandic króna", "ISK"), "KZT": ("Kazakhstani tenge", "KZT"),
    "AOA": ("Angolan kwanza", "AOA"), "MZN": ("Mozambican metical", "MZN"), "ETB": ("Ethiopian birr", "ETB"),
    "TZS": ("Tanzanian shilling", "TZS"), "UGX": ("Ugandan shilling", "UGX"), "GHS": ("Ghanaian cedi", "GHS"),
    "MAD": ("Moroccan dirham", "MAD"), "XCD": ("East Caribbean dollar", "XCD"), "BBD": ("Barbadian dollar", "BBD"),
    "JMD": ("Jamaican dollar", "JMD"), "TTD": ("Trinidad and Tobago dollar", "TTD"), "FJD": ("Fijian dollar", "FJD"),
    "DJF": ("Djiboutian franc", "DJF"), "TWD": ("New Taiwan dollar", "TWD"), "UZS": ("Uzbekistani som", "UZS"),
    # More of the world's currencies by ISO code (rates in rules/settings.yml).
    "AFN": ("Afghan afghani", "AFN"),
    "AMD": ("Armenian dram", "AMD"),
    "ANG": ("Netherlands Antillean guilder", "ANG"),
    "AWG": ("Aruban florin", "AWG"),
    "AZN": ("Azerbaijani manat", "AZN"),
    "BAM": ("Bosnia and Herzegovina mark", "BAM"),
    "BGN": ("Bulgarian lev", "BGN"),
    "BHD": ("Bahraini dinar", "BHD"),
    "BIF": ("Burundian franc", "BIF"),
    "BOB": ("Bolivian boliviano", "BOB"),
    "BSD": ("Bahamian dollar", "BSD"),
    "BTN": ("Bhutanese ngultrum", "BTN"),
    "BWP": ("Botswana pula", "BWP"),
    "BYN": ("Belarusian ruble", "BYN"),
    "BZD": ("Belize dollar", "BZD"),
    "CDF": ("Congolese franc", "CDF"),
    "CRC": ("Costa Rican colón", "CRC"),
    "CVE": ("Cape Verdean escudo", "CVE"),
    "DOP": ("Dominican peso", "DOP"),
    "DZD": ("Algerian dinar", "DZD"),
    "ERN": ("Eritrean nakfa", "ERN"),
    "GEL": ("Georgian lari", "GEL"),
    "GMD": ("Gambian dalasi", "GMD"),
    "GNF": ("Guinean franc", "GNF"),
    "GTQ": ("Guatemalan quetzal", "GTQ"),
    "GYD": ("Guyanese dollar", "GYD"),
    "HNL": ("Honduran lempira", "HNL"),
    "HTG": ("Haitian gourde", "HTG"),
    "IQD": ("Iraqi dinar", "IQD"),
    "IRR": ("Iranian rial", "IRR"),
    "JOD": ("Jordanian dinar", "JOD"),
    "KGS": ("Kyrgyzstani som", "KGS"),
    "KHR": ("Cambodian riel", "KHR"),
    "KMF": ("Comorian franc", "KMF"),
    "KYD": ("Cayman Islands dollar", "KYD"),
    "LAK": ("Lao kip", "LAK"),
    "LBP": ("Lebanese pound", "LBP"),
    "LRD": ("Liberian dollar", "LRD"),
    "LSL": ("Lesotho loti", "LSL"),
    "LYD": ("Libyan dinar", "LYD"),
    "MDL": ("Moldovan leu", "MDL"),
    "MGA": ("Malagasy ariary", "MGA"),
    "MMK": ("Myanmar kyat", "MMK"),
    "MRU": ("Mauritanian ouguiya", "MRU"),
    "MUR": ("Mauritian rupee", "MUR"),
    "MVR": ("Maldivian rufiyaa", "MVR"),
    "MWK": ("Malawian kwacha", "MWK"),
    "NAD": ("Namibian dollar", "NAD"),
    "NIO": ("Nicaraguan córdoba", "NIO"),
    "NPR": ("Nepalese rupee", "NPR"),
    "OMR": ("Omani rial", "OMR"),
    "PAB": ("Panamanian balboa", "PAB"),
    "PGK": ("Papua New Guinean kina", "PGK"),
    "PYG": ("Paraguayan guaraní", "PYG"),
    "RWF": ("Rwandan franc", "RWF"),
    "SBD": ("Solomon Islands dollar", "SBD"),
    "SCR": ("Seychellois rupee", "SCR"),
    "SDG": ("Sudanese pound", "SDG"),
    "SLE": ("Sierra Leonean leone", "SLE"),
    "SOS": ("Somali shilling", "SOS"),
    "SRD": ("Surinamese dollar", "SRD"),
    "SSP": ("South Sudanese pound", "SSP"),
    "STN": ("São Tomé dobra", "STN"),
    "SZL": ("Swazi lilangeni", "SZL"),
    "TJS": ("Tajikistani somoni", "TJS"),
    "TMT": ("Turkmenistan manat", "TMT"),
    "TND": ("Tunisian dinar", "TND"),
    "UYU": ("Uruguayan peso", "UYU"),
    "VES": ("Venezuelan bolívar", "VES"),
    "WST": ("Samoan tala", "WST"),
    "XPF": ("CFP franc", "XPF"),
    "ZMW": ("Zambian kwacha", "ZMW"),
    "KSh": ("Kenyan shilling", "KES"), "Ksh": ("Kenyan shilling", "KES"), "Tk": ("Bangladeshi taka", "BDT"),
    "Kz": ("Angolan kwanza", "AOA"), "FCFA": ("CFA franc", "XOF"), "VUV": ("Vanuatu vatu", "VUV"),
    # Written before the figure in their countries' press: "R640 million", "TSh 3.8trn", "Rp 195bn", "RM210m".
    "R": ("South African rand", "ZAR"), "TSh": ("Tanzanian shilling", "TZS"), "Tsh": ("Tanzanian shilling", "TZS"),
    "USh": ("Ugandan shilling", "UGX"), "Rp": ("Indonesian rupiah", "IDR"), "RM": ("Malaysian ringgit", "MYR"),
    "MNT": ("Mongolian tögrög", "MNT"), "TZS": ("Tanzanian shilling", "TZS"), "Rs": ("Rupee", None), "S/": ("Peruvian sol", "PEN"),
    # The Gulf press's own abbreviations: "KD 540 million", "BD 12m", "QR 1bn", "Dh 30m", "RO 5m", "JD 10m".
    "KD": ("Kuwaiti dinar", "KWD"), "BD": ("Bahraini dinar", "BHD"), "QR": ("Qatari riyal", "QAR"),
    "SR": ("Saudi riyal", "SAR"), "Dh": ("UAE dirham", "AED"), "Dhs": ("UAE dirham", "AED"),
    "RO": ("Omani rial", "OMR"), "JD": ("Jordanian dinar", "JOD"), "Bs": ("Bolivian boliviano", "BOB"),
    "KM": ("Bosnia and Herzegovina convertible mark", "BAM"),     # in capitals only: "km" is a distance
    "P": ("Peso or pula", None),             # "P1.9 billion" in Manila, "P540 million" in Gaborone
    "K": ("Kina or kwacha", None),           # "K1.17 billion" in Port Moresby, "K455 billion" in Lusaka
}
# Letters before "$" that name the dollar: "US$", "C $", "HK$", "Mex$", "AUD$". Those that are also English
# words or initials ("a $5 bill") only count glued to the sign.
DOLLAR_PREFIXES: dict[str, tuple[str, str | None]] = {
    "us": CODES["USD"], "u.s.": CODES["USD"], "u.s": CODES["USD"], "c": CODES["CAD"], "can": CODES["CAD"],
    "hk": CODES["HKD"], "nz": CODES["NZD"], "mex": CODES["MXN"],
}
GLUED_PREFIXES: dict[str, tuple[str, str | None]] = {
    "ec": ("East Caribbean dollar", "XCD"), "rd": ("Dominican peso", "DOP"), "bds": ("Barbadian dollar", "BBD"), "j": ("Jamaican dollar", "JMD"),
    "tt": ("Trinidad and Tobago dollar", "TTD"), "fj": ("Fijian dollar", "FJD"), "f": ("Fijian dollar", "FJD"),
    "a": CODES["AUD"], "au": CODES["AUD"], "ca": CODES["CAD"], "s": CODES["SGD"], "r": ("Brazilian real", "BRL"),
}
DOLLAR_PREFIXES.update({code.lower(): CODES[code] for code in CODES
                        if code not in ("BTC", "RMB") and code.lower() not in GLUED_PREFIXES})   # "R$" is the real
# Currency words written after the amount -> (unit name, ISO code or None); singular forms are added below.
WORDS: dict[str, tuple[str, str | None]] = {
    "us dollars": CODES["USD"], "u.s. dollars": CODES["USD"], "american dollars": CODES["USD"],
    "united states dollars": CODES["USD"], "canadian dollars": CODES["CAD"], "australian dollars": CODES["AUD"],
    "hong kong dollars": CODES["HKD"], "new zealand dollars": CODES["NZD"], "singapore dollars": CODES["SGD"],
    "dollars": ("Dollar", None), "euros": ("Euro", "EUR"), "pounds sterling": CODES["GBP"],
    "british pounds": CODES["GBP"], "sterling": CODES["GBP"], "pounds": ("Pound", None),
    "yen": CODES["JPY"], "japanese yen": CODES["JPY"], "yuan": CODES["CNY"], "chinese yuan": CODES["CNY"],
    "renminbi": CODES["CNY"], "swiss francs": CODES["CHF"], "francs": ("Franc", None), "rupees": ("Rupee", None),
    "indian rupees": CODES["INR"], "rubles": CODES["RUB"], "roubles": CODES["RUB"], "hryvnias": CODES["UAH"],
    "hryvnia": CODES["UAH"], "zlotys": CODES["PLN"], "zloty": CODES["PLN"], "kronor": CODES["SEK"],
    "lira": CODES["TRY"], "turkish lira": CODES["TRY"], "rand": CODES["ZAR"], "pesos": ("Peso", None),
    "mexican pesos": CODES["MXN"], "shekels": CODES["ILS"], "finnish markkaa": ("Finnish markka", None),
    "finnish markka": ("Finnish markka", None), "pesetas": ("Peseta", None), "dutch guilders": ("Netherlands guilder", None),
    "guilders": ("Guilder", None), "bitcoins": ("Bitcoin", None), "satoshis": ("Satoshi", None),
    "cents": ("Cent", None), "pence": ("Pence", None), "penny": ("Penny", None), "pennies": ("Penny", None),
    "kenyan shillings": CODES["KES"], "shillings": ("Shilling", None), "taka": CODES["BDT"],
    "dirhams": ("Dirham", None), "denars": CODES["MKD"], "denari": CODES["MKD"], "south korean won": CODES["KRW"],
    "korean won": CODES["KRW"], "kwanzas": CODES["AOA"], "kwanza": CODES["AOA"], "soles": CODES["PEN"],
    "ringgit": CODES["MYR"], "rupiah": CODES["IDR"], "baht": CODES["THB"], "dong": CODES["VND"],
    "naira": CODES["NGN"], "cedis": CODES["GHS"], "birr": CODES["ETB"], "tenge": CODES["KZT"],
    "meticais": CODES["MZN"], "nepalese rupees": ("Nepalese rupee", "NPR"), "nepali rupees": ("Nepalese rupee", "NPR"), "tugrik": ("Mongolian tögrög", "MNT"), "tugriks": ("Mongolian tögrög", "MNT"),
    "tanzanian shillings": ("Tanzanian shilling", "TZS"), "ugandan shillings": ("Ugandan shilling", "UGX"),
    "rands": ("South African rand", "ZAR"), "riyals": ("Riyal", None), "philippine pesos": CODES["PHP"],
    "colombian pesos": CODES["COP"], "chilean pesos": CODES["CLP"], "argentine pesos": CODES["ARS"],
    "cfa francs": ("CFA franc", "XOF"), "vatu": ("Vanuatu vatu", "VUV"), "djibouti francs": CODES["DJF"], "djiboutian francs": CODES["DJF"],
    "norwegian kroner": CODES["NOK"], "danish kroner": CODES["DKK"], "kroner": ("Krone", None),
    "swedish kronor": CODES["SEK"], "icelandic kronur": CODES["ISK"], "manats": ("Manat", None),
    "azerbaijani manats": CODES["AZN"], "kwacha": ("Kwacha", None), "kina": CODES["PGK"], "somoni": CODES["TJS"],
    "riels": CODES["KHR"], "riel": CODES["KHR"],
}
for _plural in [w for w in WORDS if w.endswith("s") and w not in ("pounds", "pounds sterling", "pennies")]:
    WORDS.setdefault(_plural[:-1], WORDS[_plural])              # "50 dollar", "10 us dollar", "one cent"
for _code, _cur in CODES.items():
    if _code not in ("KM", "P", "K"):
        WORDS.setdefault(_code.lower(), _cur)
SUB_UNITS = {"cent": 100, "cents": 100, "pence": 100, "penny": 100, "pennies": 100}

