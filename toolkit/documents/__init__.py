"""Build steps: typed models in, a plain context for one document out. One module per kind."""
