"""``POST /api/v1/auth/token``: the OAuth2 password flow, with attempts limited."""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.security import OAuth2PasswordRequestForm

from dashboard.deps import DashboardDeps, get_deps

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


@router.post("/token", responses={401: {"description": "Wrong user or password"}, 429: {"description": "Too many"}})
async def token(
    request: Request,
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    deps: Annotated[DashboardDeps, Depends(get_deps)],
) -> dict[str, Any]:
    """Attempts are counted per user name and client IP, so passwords cannot be guessed quickly."""
    ip = request.client.host if request.client else "unknown"
    key = f"{deps.settings.topic_prefix}:rl:login:{ip}:{form.username[:64]}:{int(time.time() // 60)}"
    async with deps.redis.pipeline(transaction=False) as pipe:
        pipe.incr(key)
        pipe.expire(key, 120)
        attempts, _ = await pipe.execute()
    if attempts > deps.settings.dashboard.login_rate_per_min:
        raise HTTPException(429, "too many login attempts; wait a minute", headers={"Retry-After": "60"})
    user = deps.auth.login(form.username, form.password)
    return {
        "access_token": deps.auth.issue(user),
        "token_type": "bearer",
        "role": user.role,
        "user": {"username": user.username, "name": user.name, "team_id": user.team_id, "role": user.role},
    }
