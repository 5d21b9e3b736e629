"""Cartel-violence incident map: articles -> extract -> geo -> store -> dashboard."""

__version__ = "0.1.0"
