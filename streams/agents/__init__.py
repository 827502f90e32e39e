"""Faust agents; ``streams.app`` autodiscovers every module here."""
