"""The speed and scale suite (issue #6): `make bench`. See benchmarks/README.md."""
