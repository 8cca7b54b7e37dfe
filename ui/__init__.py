"""PySide6 widgets. They call services/ and never hold SQL or business rules."""
