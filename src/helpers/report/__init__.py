"""Running and rendering reports: papermill runner (run), HTML export (html), parameters (params),
and the escaped page sections notebook 03_report displays (sections)."""
