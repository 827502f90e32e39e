"""Photo checks: size limit first, then the bytes must really decode as a JPEG or PNG."""

from __future__ import annotations

import numpy as np
from fastapi import HTTPException, UploadFile

_MAGIC = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}


def sniff(data: bytes) -> str | None:
    return next((ctype for magic, ctype in _MAGIC.items() if data.startswith(magic)), None)


async def check_photo(upload: UploadFile, max_bytes: int) -> tuple[str, bytes] | None:
    data = await upload.read(max_bytes + 1)
    if not data:
        return None
    if len(data) > max_bytes:
        raise HTTPException(413, f"photo larger than {max_bytes // 1024} KiB")
    ctype = sniff(data)
    if ctype is None:
        raise HTTPException(415, "photo must be a JPEG or PNG image")
    import cv2

    if cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_REDUCED_GRAYSCALE_8) is None:
        raise HTTPException(422, "photo is corrupt: it does not decode as an image")
    return ctype, data
