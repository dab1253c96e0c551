"""Qt item models and the data the feature views load through the session."""
