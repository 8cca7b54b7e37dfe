"""Alembic migrations. HEAD_REVISION lets start-up tell whether a migration is due without
loading Alembic at all; a test keeps it equal to the newest script's revision."""

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent
HEAD_REVISION = "0011_kept_receivables"
