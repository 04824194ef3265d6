"""The review list: its table models, its presenter (state and decisions) and its page."""

from fidelity_app.ui.review_list.model import (
    SORT_ROLE,
    UUID_ROLE,
    DatabaseReviewModel,
    ReviewTableModel,
    score_text,
)
from fidelity_app.ui.review_list.presenter import ReviewListPresenter
from fidelity_app.ui.review_list.view import ReviewListPage

__all__ = ["SORT_ROLE", "UUID_ROLE", "DatabaseReviewModel", "ReviewListPage",
           "ReviewListPresenter", "ReviewTableModel", "score_text"]
