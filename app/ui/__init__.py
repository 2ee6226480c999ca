"""The PySide6 GUI: main window, tabs, dialogs. Talks only to services."""
