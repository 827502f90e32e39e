"""Logins and roles: OAuth2 password flow issuing JWTs, checked on every route and socket.

Roles: ``worker`` (sees and acts on their own team's tasks only), ``operator``
and ``supervisor`` (the wall screen; supervisors may also void and defer).
Citizens never log in: they hold a device token.  There is no default secret:
``gridcc up`` generates one for the demo; a deployment must set
``GRIDCC_JWT_SECRET``.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Annotated

import bcrypt
import jwt
from fastapi import Depends, HTTPException, Request, WebSocket
from fastapi.security import OAuth2PasswordBearer

from gridcc.domain.teams import TeamRegistry
from gridcc.settings import Settings

oauth2 = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)
OPERATORS = {"ops": "operator", "supervisor": "supervisor"}
TOKEN_TTL_S = 12 * 3600


@dataclass(frozen=True, slots=True)
class User:
    username: str
    role: str
    team_id: str | None = None
    name: str | None = None


class Authenticator:
    def __init__(self, settings: Settings, teams: TeamRegistry) -> None:
        if not settings.jwt_secret:
            raise RuntimeError("GRIDCC_JWT_SECRET is not set: logins cannot be signed (gridcc up sets one)")
        self.secret = settings.jwt_secret
        self.teams = teams
        self._hash = (
            bcrypt.hashpw(settings.demo_password.encode(), bcrypt.gensalt(rounds=10))
            if settings.demo_password
            else None
        )
        self._verified: set[bytes] = set()

    def account(self, username: str) -> User | None:
        if username in OPERATORS:
            return User(username, OPERATORS[username], None, username)
        try:
            w = self.teams.worker(username)
        except KeyError:
            return None
        role = w.role if w.role in ("operator", "supervisor") else "worker"
        return User(w.worker_id, role, w.team_id, w.name)

    def login(self, username: str, password: str) -> User:
        user = self.account(username)
        if self._hash is None:
            raise HTTPException(503, "logins are disabled: no password configured (GRIDCC_DEMO_PASSWORD)")
        digest = hashlib.sha256(password.encode()).digest()
        ok = digest in self._verified or bcrypt.checkpw(password.encode(), self._hash)
        if ok:
            # bcrypt is deliberately slow; a thousand phones logging in with one verified secret need not repeat it.
            self._verified.add(digest)
        if user is None or not ok:
            raise HTTPException(401, "wrong user name or password", headers={"WWW-Authenticate": "Bearer"})
        return user

    def issue(self, user: User) -> str:
        now = int(time.time())
        return jwt.encode(
            {"sub": user.username, "role": user.role, "team": user.team_id, "iat": now, "exp": now + TOKEN_TTL_S},
            self.secret,
            algorithm="HS256",
        )

    def verify(self, token: str | None) -> User:
        if not token:
            raise HTTPException(401, "not logged in", headers={"WWW-Authenticate": "Bearer"})
        try:
            claims = jwt.decode(token, self.secret, algorithms=["HS256"])
        except jwt.PyJWTError as exc:
            raise HTTPException(401, f"invalid token: {exc}", headers={"WWW-Authenticate": "Bearer"}) from None
        user = self.account(claims["sub"])
        if user is None or user.role != claims.get("role"):
            raise HTTPException(401, "unknown account")
        return user


def current_user(request: Request, token: Annotated[str | None, Depends(oauth2)]) -> User:
    auth: Authenticator = request.app.state.auth
    return auth.verify(token)


def require(*roles: str):  # type: ignore[no-untyped-def]
    def dep(user: Annotated[User, Depends(current_user)]) -> User:
        if user.role not in roles:
            raise HTTPException(403, f"this needs the role {' or '.join(roles)}")
        return user

    return dep


async def accept_socket(ws: WebSocket, auth: Authenticator, roles: tuple[str, ...]) -> User | None:
    """Accept the socket, then keep it only for a valid token with one of ``roles``.

    Accepting first matters: a close before the handshake reaches a browser only as an anonymous 1006,
    which the pages would retry forever; 4401 (log in again) and 4403 (wrong role) tell them to stop.
    """
    await ws.accept()
    try:
        user = auth.verify(ws.query_params.get("token"))
    except HTTPException as exc:
        await ws.close(code=4401, reason=str(exc.detail))
        return None
    if user.role not in roles:
        await ws.close(code=4403, reason=f"only for {' / '.join(roles)}")
        return None
    return user
