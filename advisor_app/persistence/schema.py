"""The complete metadata (domain models + local sync tables), for Alembic and tests."""

from advisor_app.persistence import (
    sync_tables,  # noqa: F401  (registers the sync tables)
    sync_tables_engine,  # noqa: F401  (sync engine tables)
)
from advisor_app.persistence.models import Base

metadata = Base.metadata
