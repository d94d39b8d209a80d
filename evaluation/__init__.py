"""Evaluators and studies of the bot: they use the product, the product never uses them.

`python -m evaluation` measures retrieval, answers and probes on the question and probe sets
(and MedQuAD); `python -m evaluation.triage`, `.intents` and `.fusion_fit` are the studies.
"""
