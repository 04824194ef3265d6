"""Benchmarks of fidelity_app (not part of the test suite): ``python -m bench``."""
