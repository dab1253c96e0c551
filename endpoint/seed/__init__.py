"""Bundled demonstration data: a London community-services directory and two consultations."""
