"""The one error the schedule readers raise.

A caller (the emulator answering an upload, the CLI, a user's script) needs to tell "this
file is not a schedule" from any other failure, and needs enough context to show the user
where the file is wrong without opening it: the file name, the 1-based line and the XER
table. So the error carries those as attributes and repeats them in its message.
"""

from __future__ import annotations

from ..errors import PlannerError

__all__ = ["ScheduleFileError"]


class ScheduleFileError(PlannerError, ValueError):
    """The input is not a readable schedule file (empty, not a schedule, malformed, truncated).

    ``file_name`` is the base name of the file when known, ``line`` the 1-based line where
    the problem was found (where a line applies) and ``table`` the XER table being read.
    ``ValueError`` is a base too, because the input value is what is wrong.
    """

    def __init__(
        self,
        message: str,
        *,
        file_name: str | None = None,
        line: int | None = None,
        table: str | None = None,
    ) -> None:
        self.message = message
        self.file_name = file_name
        self.line = line
        self.table = table
        super().__init__(self._describe())

    def _describe(self) -> str:
        where = []
        if self.file_name:
            where.append(self.file_name)
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.table:
            where.append(f"table {self.table}")
        return f"{self.message} ({', '.join(where)})" if where else self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments are not replayed by the default pickling of exceptions.
        return (_rebuild, (self.message, self.file_name, self.line, self.table))


def _rebuild(
    message: str, file_name: str | None, line: int | None, table: str | None
) -> ScheduleFileError:
    return ScheduleFileError(message, file_name=file_name, line=line, table=table)
