"""The consultation visit: start, the visit window (checklist, participants, next steps,
summary, attachments) with autosave, and the lists of consultations and next steps."""
