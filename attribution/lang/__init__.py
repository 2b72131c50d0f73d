"""Language data: every word list the pipeline reads text with, one home per word (as spaCy's ``lang/``)."""
