"""English word lists, by topic: a module per kind of word, imported by the stages that read them."""
