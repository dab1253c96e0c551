"""The Qt application and the command line: the layer people touch."""
