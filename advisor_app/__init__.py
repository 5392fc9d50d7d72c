"""advisor-app core: domain, persistence, services, CLI. Never imports Qt."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("advisor-app")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
