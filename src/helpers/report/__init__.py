"""Running and rendering reports: papermill runner (run), HTML export (html), parameters (params),
the escaped page sections notebook 03_report displays (sections: built from what helpers.query
returns), the statements table (statements_table) and what changed since the last run (changes)."""
