"""Small reusable widgets for the feature views: the chart, the message banner, form helpers."""
