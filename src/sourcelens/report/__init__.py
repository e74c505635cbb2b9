"""Reporters: they render profiles and comparisons; they never analyse."""
