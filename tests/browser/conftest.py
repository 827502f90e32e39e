"""Browser tests: the real stack (see tests/stack.py) driven through its pages in headless Chromium.

A missing Chromium fails the tests with what to install; it never skips them.  The browser lives on
pytest-asyncio's session loop (Playwright's async API), so it never holds an event loop running in
the test thread between tests.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from playwright.async_api import Browser, async_playwright

from tests.browser import pages


@pytest.fixture(scope="session")
def chromium() -> str:
    problem = None
    try:
        return pages.chromium_path()
    except pages.ChromiumMissing as exc:
        problem = str(exc)
    pytest.fail(problem, pytrace=False)


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def browser(chromium: str) -> AsyncIterator[Browser]:
    async with async_playwright() as pw:
        problem = None
        try:
            b = await pages.launch(pw, chromium)
        except Exception as exc:
            problem = f"Chromium at {chromium} did not start: {exc}"
        if problem:
            pytest.fail(problem, pytrace=False)
        yield b
        await b.close()


@pytest.fixture
def page_errors() -> Iterator[list[str]]:
    """Uncaught script errors of every page the test opens; the test asserts it stays empty."""
    pages.page_errors.clear()
    yield pages.page_errors
    pages.page_errors.clear()
