"""Errors of the share side of sync (fileops, changefile, share), with German messages.

``str(exc)`` is the text shown to the user; attributes carry the facts for the engine.
``ShareUnavailable`` means "try again later, nothing is lost"; the others need a decision.
"""

from __future__ import annotations

from pathlib import Path


class ShareError(Exception):
    """Base class of every error of the share protocol."""


class ShareUnavailable(ShareError):
    """The share (or a file on it) cannot be reached: unmounted, EIO, permission, vanished."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"Die Freigabe ist nicht erreichbar: {reason}")


class PublishVerifyFailed(ShareUnavailable):
    """The file read back after publishing differs from what was written (flaky share).

    The outbox stays unpublished; the next ``publish`` of the same seq repairs the damaged
    file (a damaged file can never have been applied by anyone, readers verify it).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"Die Datei {path} wurde nicht korrekt gespeichert (Prüfsumme falsch).")


class SpaceMissing(ShareError):
    """The folder exists but holds no sync space: maybe an unmounted share, maybe wrong path.

    Nothing was created or deleted.
    """

    def __init__(self, root: Path, detail: str = "") -> None:
        self.root = root
        self.detail = detail
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"Der Ordner {root} ist kein Synchronisationsbereich oder die Freigabe ist nicht "
            f"verbunden{extra}. Es wurde nichts angelegt und nichts gelöscht."
        )


class SpaceExists(ShareError):
    """``init_space`` refused: the folder already is a sync space."""

    def __init__(self, root: Path, space_id: str) -> None:
        self.root = root
        self.space_id = space_id  # "" when sync files are there but SPACE.json is missing
        if space_id:
            text = (f"Im Ordner {root} gibt es bereits einen Synchronisationsbereich "
                    f"({space_id}). Er wurde nicht verändert.")
        else:
            text = (f"Im Ordner {root} liegen bereits Synchronisationsdaten, aber die Datei "
                    "SPACE.json fehlt (bitte aus der Sicherung der Freigabe wiederherstellen). "
                    "Es wurde nichts verändert.")
        super().__init__(text)


class WrongSpace(ShareError):
    """The share holds a different sync space than the one this laptop belongs to."""

    def __init__(self, expected: str, found: str) -> None:
        self.expected = expected
        self.found = found
        super().__init__(
            f"Falsche Freigabe: Dieser Laptop gehört zum Synchronisationsbereich {expected}, "
            f"die Freigabe enthält aber {found}. Es wurde nichts synchronisiert."
        )


class UpdateRequired(ShareError):
    """The share requires a newer program version (or uses a format this one does not know)."""

    def __init__(self, min_app_version: str, app_version: str) -> None:
        self.min_app_version = min_app_version  # "" when the space's format is unknown
        self.app_version = app_version
        needed = (f"mindestens Version {min_app_version}" if min_app_version
                  else "eine neuere Version (unbekanntes Format)")
        super().__init__(
            f"Update erforderlich: Die Freigabe verlangt {needed}, installiert ist "
            f"{app_version}. Lokale Änderungen bleiben erhalten und werden nach dem Update "
            "übertragen."
        )


class CorruptChangeFile(ShareError):
    """A change file is truncated, empty, garbage, has a bad checksum or an unknown format."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"Beschädigte Änderungsdatei: {reason}")


class SeqCollision(ShareError):
    """Another laptop published a different file under this device id and seq.

    The device id is in use twice (a laptop restored from a backup, or a cloned disk). The
    engine must give this laptop a new device id and publish its outbox under the new id.
    """

    def __init__(self, device_id: str, seq: int) -> None:
        self.device_id = device_id
        self.seq = seq
        super().__init__(
            f"Die Gerätekennung {device_id} wird auch von einem anderen Laptop verwendet "
            f"(Datei {seq} existiert dort mit anderem Inhalt), z. B. nach Wiederherstellung "
            "aus einer Sicherung. Dieser Laptop erhält eine neue Gerätekennung."
        )


class StreamProblem(ShareError):
    """Reading one laptop's change files stopped at ``seq``; later files were not read.

    ``kind`` is one of ``"corrupt"`` (file damaged), ``"header"`` (file belongs elsewhere),
    ``"chain"`` (hash chain broken) or ``"gap"`` (a file is missing although the laptop
    published later ones; also a laptop offline past log retention). Retried next time.
    """

    KINDS = ("corrupt", "header", "chain", "gap")

    def __init__(self, device_id: str, seq: int, kind: str, reason: str) -> None:
        if kind not in self.KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        self.device_id = device_id
        self.seq = seq
        self.kind = kind
        self.reason = reason
        super().__init__(
            f"Änderungen von Gerät {device_id} ab Datei {seq} können nicht gelesen werden: "
            f"{reason}. Es wird beim nächsten Abgleich erneut versucht."
        )
