"""Shared widgets: table models, the background worker, dialogs, delegates."""
