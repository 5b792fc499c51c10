"""Item delegates (in-cell editors) for the tables."""
