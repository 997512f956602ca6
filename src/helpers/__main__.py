"""`python -m helpers` is the same command line as `stance-tracker`."""

import sys

from helpers.cli import main

sys.exit(main())
