"""gridcc/runtime"""
