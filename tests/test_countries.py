"""Country names and the UNGDC case-study groups."""

from __future__ import annotations

import pandas as pd

from analysis.countries import add_country_groups, country_name, known_codes


def test_names_and_unknown_codes():
    assert country_name("VNM") == "Viet Nam" and country_name("rus") == "Russian Federation"
    assert country_name("XXX") is None and country_name(None) is None


def test_groups():
    df = pd.DataFrame({"country": ["USA", "CHN", "BRA", "IND", "DEU", "JPN", "ISR", "YUG", "EU", "XXX", None],
                       "other": range(11)})
    out = add_country_groups(df).set_index("country", drop=False)
    assert out["other"].tolist() == list(range(11))
    assert out["p5"].tolist()[:5] == [True, True, False, False, False]
    assert out.loc["BRA", "g77"] and out.loc["IND", "g77"] and out.loc["CHN", "g77"]
    assert not out.loc["USA", "g77"] and not out.loc["DEU", "g77"]
    assert pd.isna(out.loc["YUG", "g77"])  # did not exist in 2023: not guessed
    assert out.loc["DEU", "development_group"] == "developed" and out.loc["JPN", "development_group"] == "developed"
    assert out.loc["ISR", "development_group"] == "developing"  # M49 places Israel in Western Asia
    assert out.loc["BRA", "development_group"] == "developing"
    unknown = out.iloc[-2:]
    assert unknown[["country_name", "p5", "g77", "development_group"]].isna().all().all()


def test_g77_size_and_every_ungdc_code_is_known(shared_corpora):
    table = add_country_groups(pd.DataFrame({"country": sorted(known_codes())}))
    assert 130 <= int(table["g77"].sum()) <= 136  # 134 members in 2023 per the G77 site
    codes = {p.name.split("_")[0] for p in (shared_corpora / "ungdc" / "TXT").rglob("[A-Z]*_*_*.txt")}
    assert codes <= known_codes(), codes - known_codes()


def test_country_in_takes_the_leftmost_name_in_either_script_and_case():
    from analysis.countries import country_in

    assert country_in("глава МИД КНР и министр иностранных дел России") == "CHN"
    assert country_in("a Russian diplomat speaking to French media") == "RUS"
    assert country_in("постпред Франции при ООН") == "FRA"
    assert country_in("the bank's chief economist") is None
    assert country_in("Reuters correspondent") is None
