from tests.e2e.conftest import Stack, stack  # noqa: F401 - the running stack, shared with the e2e tests
