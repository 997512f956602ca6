"""Stance Tracker: collect news, extract who said what and when, chart it over time.

All logic of the notebook suite lives in this package; the notebooks only call it.
"""

__version__ = "0.1.0"
