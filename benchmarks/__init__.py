"""Scale and speed measurements (`make benchmark` / `python -m benchmarks`); not part of tests."""
