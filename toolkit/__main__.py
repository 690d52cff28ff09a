"""``python -m toolkit`` runs the jobkit command line."""

from .cli import main

if __name__ == "__main__":
    main()
