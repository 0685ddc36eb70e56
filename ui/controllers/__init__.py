"""What the window does on a person's behalf: each controller takes one job (editing, proofreading,
tagging, searching, exporting, navigating) and talks to the panes and the operation runner."""
