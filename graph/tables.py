"""Query rows to files a 招商 team can use: JSON, CSV or Excel, by the file's suffix."""

from __future__ import annotations

import csv
import json
from pathlib import Path

FORMATS = (".json", ".csv", ".xlsx")


def _cell(value) -> object:
    """Lists and maps flattened for flat formats."""
    if isinstance(value, list):
        return "; ".join(_cell(v) if not isinstance(v, dict) else json.dumps(v, ensure_ascii=False) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_rows(rows: list[dict], path: Path, sheet: str = "chainkg") -> Path:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: unknown output format {suffix!r}; use one of {', '.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = list(dict.fromkeys(k for row in rows for k in row))
    if suffix == ".json":
        path.write_text(json.dumps(rows, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    elif suffix == ".csv":
        # utf-8-sig so that Excel opens Chinese text correctly
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            writer.writerows({k: _cell(row.get(k)) for k in columns} for row in rows)
    else:
        from openpyxl import Workbook

        book = Workbook()
        ws = book.active
        ws.title = sheet[:31]
        ws.append(columns)
        for row in rows:
            ws.append([_cell(row.get(k)) for k in columns])
        for i, name in enumerate(columns, start=1):
            width = max([len(str(name))] + [len(str(_cell(r.get(name)) or "")) for r in rows[:200]])
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(60, 2 + width * 1.6)
        book.save(path)
    return path
