"""Screens of the app. The feature screens are named in `ui.views.screens` (no imports); the
window imports and builds each view the first time it is shown, so the start screen paints
without loading them and unlocking builds Today alone. `ui.views.registry` lists them all with
their classes imported."""
