"""Reading input files: formats, limits and positions (loading), then each kind of input checked into models."""
