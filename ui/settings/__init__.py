"""The settings dialog (adviser, letterhead, file share, language)."""
