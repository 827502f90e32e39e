"""``POST /api/v1/auth/token``: the OAuth2 password flow."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.security import OAuth2PasswordRequestForm

from dashboard.deps import DashboardDeps, get_deps

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


@router.post("/token")
async def token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], deps: Annotated[DashboardDeps, Depends(get_deps)]
) -> dict[str, Any]:
    user = deps.auth.login(form.username, form.password)
    return {
        "access_token": deps.auth.issue(user),
        "token_type": "bearer",
        "role": user.role,
        "user": {"username": user.username, "name": user.name, "team_id": user.team_id, "role": user.role},
    }
