"""Speed you can measure: `python -m benchmarks` runs the suite and writes reports/benchmarks.json.

Every comparison runs in one process, its sides interleaved, because the machine is shared
and its speed drifts: two things timed minutes apart are not comparable.
"""
