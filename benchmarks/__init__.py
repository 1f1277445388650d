"""HSP Desk's performance suite: ``python -m benchmarks`` (see benchmarks/README in the
project README's "Benchmarks" section). Not part of pytest; tests/test_benchmarks_smoke.py
runs it at a tiny scale so that it cannot rot."""
