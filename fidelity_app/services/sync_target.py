"""The address of a shared database: where it is, and how it may be shown.

A shared database is named as ``--db`` names any database: a file path, an SQLite URL
(``sqlite:///C:/data/shared.db``, ``sqlite:////srv/shared.db``) or a server URL such as
``postgresql://user@host/db``, which is handed to ``open_app`` as it is. A password written in
the address is never shown: ``Target.shown`` has it masked, and ``Target.hide`` masks it in any
text (a message from the driver may repeat the address).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

MASK = "***"
_SQLITE = re.compile(r"^sqlite(\+pysqlite)?:///(?P<path>[^?]*)(\?.*)?$", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_USERINFO = re.compile(r"^(?P<head>[a-z][a-z0-9+.-]*://[^/@:]*):(?P<password>[^@/]*)@",
                       re.IGNORECASE)
_PASSWORD_PARAM = re.compile(r"(?P<head>[?&;\s]password=)(?P<password>[^&;\s]*)", re.IGNORECASE)


@dataclass(frozen=True)
class Target:
    """A shared database as the user named it."""

    address: str

    @property
    def location(self) -> str | Path:
        """What ``open_app`` opens: the file of an SQLite address, else the address itself."""
        found = _SQLITE.match(self.address)
        if found:
            return Path(unquote(found.group("path")))
        return self.address if self.is_url else Path(self.address)

    @property
    def is_url(self) -> bool:
        """Whether the address is a URL (``scheme://…``) rather than a file path."""
        return bool(_SCHEME.match(self.address))

    @property
    def secrets(self) -> tuple[str, ...]:
        """The passwords written in the address (in the user part or as ``password=``)."""
        found = [m.group("password") for m in _PASSWORD_PARAM.finditer(self.address)]
        user = _USERINFO.match(self.address)
        if user:
            found.append(user.group("password"))
        return tuple(p for p in found if p)

    @property
    def shown(self) -> str:
        """The address as it may be shown: any password replaced by ``***``."""
        text = _USERINFO.sub(lambda m: f"{m.group('head')}:{MASK}@", self.address)
        return _PASSWORD_PARAM.sub(lambda m: m.group("head") + MASK, text)

    def hide(self, text: str) -> str:
        """``text`` with every password of the address in it masked."""
        for secret in sorted(self.secrets, key=len, reverse=True):
            text = text.replace(secret, MASK)
            text = text.replace(unquote(secret), MASK)
        return text
