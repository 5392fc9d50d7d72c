"""Installing the translation of the chosen language. German is the source language of every
text; English comes from ``resources/i18n/advisor_app_en.qm``. Qt's own texts (standard
buttons, file dialogs) come from Qt's ``qtbase_<lang>.qm``.

Installing a translator makes Qt send ``LanguageChange`` to every widget, so windows that
implement ``changeEvent`` retranslate live. GUI thread only.

:func:`current_language` is the one place UI code asks for the language (enum labels via
``member.label(current_language())``). Country names arrive from the services in German;
:func:`country_name` gives the name in the current language from a lookup that
:func:`ensure_country_names` fills once from ``list_countries(db)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from advisor_app.resources import resource_path

if TYPE_CHECKING:  # the services (SQLAlchemy) are imported when first used, not at start-up
    from advisor_app.persistence.database import Database

LANGUAGES = ("de", "en")
_state: dict[str, object] = {"language": "de", "translators": []}
_english_countries: dict[str, str] = {}  # ISO 3166 alpha-2 -> English name


def current_language() -> str:
    """The language of the installed translation ("de" or "en")."""
    return str(_state["language"])


def ensure_country_names(db: Database) -> None:
    """Load the English country names once (the countries are fixed reference data)."""
    if not _english_countries:
        from advisor_app.services.partner_regions import list_countries

        _english_countries.update((c.iso2, c.name_en) for c in list_countries(db) if c.name_en)


def country_name(iso2: str, german: str, lang: str | None = None) -> str:
    """The country's name in ``lang`` (default: the current language); ``german`` is the
    name the services gave (also the fallback while the English names are not loaded)."""
    if (lang or current_language()) == "en":
        return _english_countries.get(iso2.upper(), german)
    return german


def qm_path(lang: str) -> str:
    return str(resource_path("i18n", f"advisor_app_{lang}.qm"))


def install_language(lang: str) -> bool:
    """Switch the application to ``lang``; returns False when its translation is missing
    (the program then stays German, which is always complete)."""
    app = QCoreApplication.instance()
    if lang not in LANGUAGES:
        lang = "de"
    translators: list[QTranslator] = list(_state["translators"])  # type: ignore[call-overload]
    if app is not None:
        for old in translators:
            app.removeTranslator(old)
    new: list[QTranslator] = []
    ok = True
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        new.append(qt_own)
    if lang != "de":
        ours = QTranslator(app)
        ok = ours.load(qm_path(lang))
        if ok:
            new.append(ours)
    _state["language"] = lang if ok else "de"
    _state["translators"] = new
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" and ok
                               else QLocale.Language.German))
    if app is not None:
        for translator in new:
            app.installTranslator(translator)
        # deliver LanguageChange now, so every window shows the new language at once
        for _ in range(2):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return ok
