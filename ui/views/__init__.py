"""Screens of the app. The feature screens are listed in `ui.views.registry`, which the window
imports only when a profile is unlocked, so the start screen paints without loading them."""
