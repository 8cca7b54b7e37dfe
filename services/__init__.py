"""The domain: plain Python, no Qt. Widgets call these functions; tests call them directly."""

# Registers the ORM event that keeps a client's search columns in step (services.clients),
# whichever service writes the client first.
from services import clients as _clients  # noqa: F401
