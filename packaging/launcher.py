"""The bundled program's entry point (see fidelity-app.spec): the same as the installed command."""

import sys

from fidelity_app.launch import main

if __name__ == "__main__":
    sys.exit(main())
