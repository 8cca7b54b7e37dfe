"""A reason: one fact behind a suggestion or a verdict, as a code and the figures of its sentence.

ui/reasons.py words it in the user's language, so history reads in either language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reason:
    """One fact behind a suggestion or a verdict. ``params`` fill the sentence."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    criterion: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "params": dict(self.params), "criterion": self.criterion}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Reason:
        params, criterion = data.get("params"), data.get("criterion")
        return cls(
            str(data["code"]),
            dict(params) if isinstance(params, Mapping) else {},
            criterion if isinstance(criterion, str) else None,
        )
