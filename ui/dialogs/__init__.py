"""Dialogs of the shell: login and first run."""
