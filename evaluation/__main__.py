import sys

from evaluation.command import main

sys.exit(main())
