"""The main window, the Qt-free model of what it shows, and the controllers it owns."""
