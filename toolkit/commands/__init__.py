"""The jobkit commands, one module per family; importing them registers them on ``toolkit.cli.cli``."""
