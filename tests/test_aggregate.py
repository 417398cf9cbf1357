import numpy as np
import pandas as pd

from analysis.aggregate import bootstrap_ci, mean_by


def test_bootstrap_ci_brackets_the_mean_and_narrows_with_n():
    rng = np.random.default_rng(1)
    small = rng.normal(0.3, 1.0, 30)
    large = rng.normal(0.3, 1.0, 3000)
    lo_s, hi_s = bootstrap_ci(small)
    lo_l, hi_l = bootstrap_ci(large)
    assert lo_s < small.mean() < hi_s
    assert lo_l < 0.3 < hi_l
    assert (hi_l - lo_l) < (hi_s - lo_s) / 5


def test_bootstrap_ci_is_deterministic_and_undefined_below_two_values():
    x = [0.1, 0.5, -0.2, 0.9]
    assert bootstrap_ci(x, seed=3) == bootstrap_ci(x, seed=3)
    assert all(np.isnan(bootstrap_ci([1.0])))


def test_mean_by_counts_skips_missing_values_and_keeps_null_groups():
    df = pd.DataFrame({"speaker": ["a", "a", "b", None, "b"],
                       "sentiment": [1.0, 0.0, np.nan, 0.5, -1.0]})
    out = mean_by(df, "sentiment", "speaker")
    a = out[out.speaker == "a"].iloc[0]
    assert a.n == 2 and a["mean"] == 0.5
    b = out[out.speaker == "b"].iloc[0]
    assert b.n == 1 and b["mean"] == -1.0 and np.isnan(b.ci_low)
    assert out.speaker.isna().sum() == 1
