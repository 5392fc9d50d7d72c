"""Use cases. Each public function is one unit of work on a :class:`Database` and returns plain
immutable data (frozen dataclasses), never live ORM objects. Safe to call from a worker thread."""
