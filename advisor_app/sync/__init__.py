"""Sync with the central file share (SYNC.md): capture, change files, merge, protocol."""
