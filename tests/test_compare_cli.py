"""``compare OUT --by … --target …`` and the sides it compares, on a hand-made run folder."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.cli import main
from analysis.compare import sides
from analysis.errors import AnalysisError

SPEECHES = {
    "RUS": "We defend sovereignty and the multipolar order. Sovereignty of states is sacred.",
    "USA": "We stand with our allies for freedom. Freedom and democracy guide us.",
    "CHN": "We pursue win-win cooperation and shared development. Cooperation benefits all.",
    "FRA": "We support Europe and the climate agenda. Europe will act on climate.",
    "GBR": "We stand with our allies. The rule of law guides our partnerships.",
    "BRA": "Developing countries need finance for development. The Amazon matters to the climate.",
    "IND": "Developing countries deserve a voice. Development finance must grow.",
}


def statements() -> pd.DataFrame:
    rows = [(f"{c}_{y}", text, c, y) for y in (2015, 2016, 2017) for c, text in SPEECHES.items()]
    table = pd.DataFrame(rows, columns=["statement_id", "text", "country", "year"])
    return table.assign(doc_id=table["statement_id"], language="en", speaker=table["country"] + " speaker")


@pytest.fixture()
def run_folder(tmp_path):
    from analysis import detect_frames, segment
    from analysis.countries import add_country_groups
    from analysis.schema import STATEMENT_COLUMNS, conform

    table = add_country_groups(conform(statements(), STATEMENT_COLUMNS))
    sentences = segment(table)
    sentences["sentiment"] = [0.1 * (i % 5) for i in range(len(sentences))]
    table.to_parquet(tmp_path / "statements.parquet")
    sentences.to_parquet(tmp_path / "sentences.parquet")
    detect_frames(sentences).to_parquet(tmp_path / "frame_hits.parquet")
    return tmp_path


def test_sides_said_in_words():
    table = statements()
    russia = sides(table, "p5", "RUS")
    assert set(table.loc[russia == "target", "country"]) == {"RUS"}
    assert set(table.loc[russia == "reference", "country"]) == {"USA", "CHN", "FRA", "GBR"}
    assert russia.attrs["labels"] == ("RUS", "other p5 members")
    p5 = sides(table, "p5", "true")
    assert set(table.loc[p5 == "reference", "country"]) == {"BRA", "IND"}
    developed = sides(table, "development_group", "developed", "developing")
    assert set(table.loc[developed == "target", "country"]) == {"USA", "FRA", "GBR", "RUS"}
    with pytest.raises(AnalysisError, match="values of 'country'"):
        sides(table, "country", "XXX")


def test_compare_writes_tables_figures_and_page(run_folder, capsys):
    assert main(["compare", str(run_folder), "--by", "p5", "--target", "RUS", "--min-count", "2", "--excel"]) == 0
    printed = capsys.readouterr().out
    assert "distinctive of RUS: sovereignty" in printed
    dest = run_folder / "compare" / "p5-RUS-vs-rest"
    for name in ("keyness.csv", "contexts.csv", "contrast_frames.csv", "contrast_sentiment.csv", "speakers.csv",
                 "keyness.png", "keyness.svg", "keyness.html", "compare.xlsx"):
        assert (dest / name).is_file(), name
    assert (dest / "keyness.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    keyness = pd.read_csv(dest / "keyness.csv", encoding="utf-8-sig")
    top = keyness.iloc[0]
    assert top["term"] == "sovereignty" and (top["n_target"], top["n_reference"]) == (6, 0)
    contexts = pd.read_csv(dest / "contexts.csv", encoding="utf-8-sig")
    assert set(contexts.loc[contexts["term"] == "sovereignty", "country"]) == {"RUS"}
    speakers = pd.read_csv(dest / "speakers.csv", encoding="utf-8-sig")
    assert set(speakers["speaker"]) == {f"{c} speaker" for c in ("RUS", "USA", "CHN", "FRA", "GBR")}
    readme = pd.read_excel(dest / "compare.xlsx", sheet_name="README")
    assert "log-odds" in readme.set_index("sheet").loc["keyness", "what it is"]


def test_compare_respects_the_selection_and_explains_a_missing_run(run_folder, tmp_path, capsys):
    assert main(["compare", str(run_folder), "--by", "country", "--target", "BRA", "--reference", "IND",
                 "--years", "2016", "--dest", str(tmp_path / "x"), "--min-count", "1"]) == 0
    keyness = pd.read_csv(tmp_path / "x" / "keyness.csv", encoding="utf-8-sig").set_index("term")
    assert keyness.loc["amazon", "n_target"] == 1 and keyness.loc["voice", "n_reference"] == 1
    assert main(["compare", str(tmp_path / "nothing"), "--by", "p5", "--target", "RUS"]) == 1
    assert "run `python -m analysis run" in capsys.readouterr().err
