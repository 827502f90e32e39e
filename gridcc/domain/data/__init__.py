"""Versioned data files of the domain core and the builders that made them."""
