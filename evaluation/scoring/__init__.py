"""How a set is scored: rank metrics and answer checks (metrics), answers judged sentence by
sentence (sentences), and the question and probe sets measured whole (sets)."""
