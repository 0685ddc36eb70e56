"""Writers of the model and the store: plain text, JSON."""
