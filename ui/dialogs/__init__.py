"""Editors opened from the feature views: goals, log entries, plan actions and supporters."""
