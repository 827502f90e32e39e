"""The pure domain core: events, matter taxonomy, geography, teams, components, working time.

Nothing in here does I/O beyond reading the versioned data files beside it.
"""
