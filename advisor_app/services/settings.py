"""Settings of this laptop, kept in the local (not replicated) ``app_setting`` table."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from advisor_app.domain.validation import ValidationError, collect
from advisor_app.persistence.database import Database
from advisor_app.persistence.models import Setting

LANGUAGES = ("de", "en")
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class Settings:
    adviser_name: str = ""
    office_name: str = "Koordinierungs- und Beratungsstelle Kommunalpartnerschaften NRW"
    office_address: str = ""
    logo_path: str = ""
    share_path: str = ""
    language: str = "de"

    def validate(self) -> dict[str, str]:
        logo = None
        if self.logo_path:
            path = Path(self.logo_path)
            if path.suffix.lower() not in LOGO_SUFFIXES:
                logo = "Das Logo muss eine PNG- oder JPEG-Datei sein."
            elif not path.is_file():
                logo = f"Die Logodatei {self.logo_path} wurde nicht gefunden."
        return collect(
            language=None if self.language in LANGUAGES else
            "Sprache muss „de“ (Deutsch) oder „en“ (Englisch) sein.",
            logo_path=logo,
        )


def load_settings(db: Database) -> Settings:
    with db.read_session() as session:
        stored = dict(session.execute(select(Setting.key, Setting.value)).tuples().all())
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in stored.items() if k in known})


def save_settings(db: Database, settings: Settings) -> None:
    errors = settings.validate()
    if errors:
        raise ValidationError(errors)
    with db.session() as session:
        for key, value in asdict(settings).items():
            session.execute(insert(Setting).values(key=key, value=value)
                            .on_conflict_do_update(index_elements=["key"], set_={"value": value}))
