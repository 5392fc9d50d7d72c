"""Two laptops set up independently (each seeded on its own first start) and then synced hold
every seeded record exactly once: seeded records have deterministic ids and are not published."""

from __future__ import annotations

from pathlib import Path

from sync_laptops import Machine, make_share

from advisor_app.persistence.database import open_database


def test_independently_seeded_laptops_hold_every_record_once(tmp_path: Path) -> None:
    paths = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        open_database(folder / f"{name}.sqlite").close()  # first start: creates and seeds
        paths.append(folder / f"{name}.sqlite")
    share = make_share(tmp_path / "share")
    a = Machine(paths[0], paths[0].parent, "a", new_id=False)
    b = Machine(paths[1], paths[1].parent, "b", new_id=False)
    try:
        assert a.device != b.device
        assert a.pending() == b.pending() == 0  # the seed is never published
        a.add_region("Tamale")
        for machine in (a, b, a):
            assert machine.sync(share).ok
        assert a.domain() == b.domain()
        for machine in (a, b):
            assert machine.one("SELECT count(*) FROM municipality") == 396
            assert machine.one("SELECT count(*) FROM kreis") == 53
            assert machine.one("SELECT count(*) FROM regierungsbezirk") == 5
            assert machine.one("SELECT count(*) FROM partnership") == 826
            assert machine.one("SELECT count(*) FROM partner_region WHERE name = 'Tamale'") == 1
    finally:
        a.close()
        b.close()
