"""ClinicDesk core: domain rules, storage, services, printing and the command line.

Nothing in this package imports Qt; the GUI in ``ui/`` sits on top of it.
"""

__version__ = "0.1.0"
