"""Interactive exploration of the processed tables in JupyterLab (notebook 04_explore).

filters (which rows), drilldown (one statement in context), review (corrections to the
overrides log), render (how charts draw in JupyterLab 4), picker (the clickable chart),
dashboard (the ipywidgets wiring), data (loading the tables or saying what is missing).
"""

from helpers.explore.data import ExploreData, load_explore_data, open_dashboard
from helpers.explore.filters import Filters, apply_filters, filter_options, selection_counts

__all__ = [
    "ExploreData",
    "Filters",
    "apply_filters",
    "filter_options",
    "load_explore_data",
    "open_dashboard",
    "selection_counts",
]
