"""Operation factories by domain: each returns the ``work(store, ctx)`` a runner runs off the UI thread."""
