"""The jobkit commands, one module per family; ``toolkit.cli.COMMANDS`` names each command and the module it is in."""
