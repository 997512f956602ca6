"""Chart functions for the report: each returns an altair chart and never displays or saves.

Importing the package registers the house theme (helpers.charts.theme) once.
"""

from helpers.charts.map import stance_map
from helpers.charts.polls import polls_caption, polls_over_time
from helpers.charts.statements import country_matrix, stance_balance_by_month, stance_timeline
from helpers.charts.theme import register_theme

register_theme()

__all__ = [
    "country_matrix",
    "polls_caption",
    "polls_over_time",
    "register_theme",
    "stance_balance_by_month",
    "stance_map",
    "stance_timeline",
]
