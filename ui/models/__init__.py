"""Qt item models over the plain rows that services return."""
