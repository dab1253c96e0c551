"""Answers computed from the vault: what is due today, goal progress, reviews, streaks, charts."""
