"""A real SMB share on loopback for integration tests (SYNC.md, "A real share"):
``smbd`` with a private configuration, mounted through FUSE with ``smbnetfs``.

Stopping smbd makes every access to the mount fail with EIO (the share "vanishes");
starting it again brings the share back. ``./dev`` installs samba and smbnetfs.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

SHARE_NAME = "sync"


def samba_missing() -> str | None:
    for tool in ("smbd", "smbnetfs", "fusermount"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            return f"{tool} is not installed (./dev setup installs samba and smbnetfs)"
    if not Path("/dev/fuse").exists():
        return "/dev/fuse is missing"
    return None


class SambaShare:
    def __init__(self, base: Path) -> None:
        self.base = base
        self.exported = base / "share"
        self.mountpoint = base / "mnt"
        self.home = base / "home"
        self.conf = base / "smb.conf"
        self._smbd: subprocess.Popen[bytes] | None = None
        self._fuse: subprocess.Popen[bytes] | None = None

    @property
    def path(self) -> Path:
        """The share as the program sees it (through the mount)."""
        return self.mountpoint / "127.0.0.1" / SHARE_NAME

    def _write_config(self) -> None:
        for name in ("run", "lock", "state", "cache", "private", "log"):
            (self.base / name).mkdir(parents=True, exist_ok=True)
        self.exported.mkdir(exist_ok=True)
        self.exported.chmod(0o777)
        self.mountpoint.mkdir(exist_ok=True)
        b = self.base
        self.conf.write_text(f"""[global]
interfaces = lo
bind interfaces only = yes
disable netbios = yes
smb ports = 445
pid directory = {b}/run
lock directory = {b}/lock
state directory = {b}/state
cache directory = {b}/cache
private dir = {b}/private
log file = {b}/log/%m.log
map to guest = Bad User
guest account = root
server min protocol = NT1
[{SHARE_NAME}]
path = {self.exported}
guest ok = yes
writable = yes
force user = root
""")
        smb_dir = self.home / ".smb"
        smb_dir.mkdir(parents=True, exist_ok=True)
        config = smb_dir / "smbnetfs.conf"
        config.write_text('auth "guest" ""\n')
        config.chmod(0o600)

    def start(self) -> None:
        self._write_config()
        self.start_smbd()
        env = {**os.environ, "HOME": str(self.home)}
        self._fuse = subprocess.Popen(
            ["smbnetfs", "-f", str(self.mountpoint)],
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.wait_reachable()

    def start_smbd(self) -> None:
        smbd = shutil.which("smbd") or "/usr/sbin/smbd"
        self._smbd = subprocess.Popen(
            [smbd, "--foreground", "-s", str(self.conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop_smbd(self) -> None:
        """The share vanishes: every access through the mount fails from now on."""
        if self._smbd is not None:
            self._smbd.send_signal(signal.SIGTERM)
            self._smbd.wait(timeout=15)
            self._smbd = None
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and self._reachable():
            time.sleep(0.2)

    def wait_reachable(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._reachable():
                return
            time.sleep(0.2)
        raise RuntimeError(f"the Samba share at {self.path} did not become reachable")

    def _reachable(self) -> bool:
        try:
            probe = self.path / ".probe"
            probe.write_bytes(b"x")
            probe.unlink()
            return True
        except OSError:
            return False

    def stop(self) -> None:
        subprocess.run(
            ["fusermount", "-u", "-z", str(self.mountpoint)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        if self._fuse is not None:
            self._fuse.terminate()
            try:
                self._fuse.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._fuse.kill()
            self._fuse = None
        if self._smbd is not None:
            self._smbd.terminate()
            self._smbd.wait(timeout=15)
            self._smbd = None
