"""Checklist templates as data: the model, the condition language, the YAML loader with its
validator, and the rules (visibility, required answers, suggested next steps). Qt-free."""
