"""Cross-validation parts: each fold is tested once on a model that never saw it, and the step chooser
(tune) is never tested on nor trained on."""

from __future__ import annotations

import pytest

from attribution.learned.polnear import N_FOLDS, GoldArticle, fold_of
from attribution.learned.train import cv_parts

ARTICLES = [GoldArticle(name=f"article-{k:03d}", text="", spans=[], attributions=[]) for k in range(300)]


@pytest.mark.parametrize("fold", range(N_FOLDS))
def test_a_fold_is_tested_on_a_model_that_never_saw_it(fold):
    train, tune, test = cv_parts(ARTICLES, fold)
    names = [{a.name for a in part} for part in (train, tune, test)]
    assert not (names[0] & names[1] or names[0] & names[2] or names[1] & names[2])
    assert names[0] | names[1] | names[2] == {a.name for a in ARTICLES}
    assert {fold_of(n) for n in names[2]} == {fold}
    assert {fold_of(n) for n in names[1]} == {(fold + 1) % N_FOLDS}
    assert tune and train


def test_every_article_is_tested_exactly_once_across_the_folds():
    tested = [a.name for k in range(N_FOLDS) for a in cv_parts(ARTICLES, k)[2]]
    assert sorted(tested) == sorted(a.name for a in ARTICLES)
