"""Dialogs of the main window: new service, new review, settings, about."""
