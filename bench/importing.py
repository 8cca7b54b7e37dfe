"""Benchmark: importing a 100,000-client CSV, then 1,000,000 sales rows, with peak memory.

    .venv/bin/python -m bench.importing [--clients N] [--rows N]

Each import runs in a fresh process (``--child``), so its peak resident memory is its own
and not the file generator's. The files look like real exports: semicolons, Windows-1252,
accents, decimal commas, day-first dates; the sales are matched to clients by tax id.
Targets on the reference machine (2 cores): clients under 5 s, ledger rows under 30 s,
peak memory under 400 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CITIES = ("Madrid", "Sevilla", "Cádiz", "A Coruña", "Málaga", "Bilbao", "Zaragoza", "León")
WORDS = ("Ferretería", "Talleres", "Distribuciones", "Peña", "Núñez", "Ibáñez", "García", "Sol")


def tax_id(n: int) -> str:
    return f"B{n:08d}"


def write_clients(path: Path, clients: int) -> None:
    rnd = random.Random(5)
    with path.open("w", encoding="cp1252", newline="") as f:
        f.write("Nombre;NIF;Correo electrónico;Teléfono;Población;Código postal;Notas\r\n")
        for n in range(clients):
            name = f"{rnd.choice(WORDS)} {rnd.choice(WORDS)} {n}"
            city = rnd.choice(CITIES)
            f.write(
                f"{name} S.L.;{tax_id(n)};cliente{n}@example.com;+34 6{n:08d};{city};"
                f"{28000 + n % 1000};Cliente desde {2000 + n % 25}\r\n"
            )


def write_sales(path: Path, clients: int, rows: int) -> None:
    rnd = random.Random(6)
    with path.open("w", encoding="cp1252", newline="") as f:
        f.write("NIF;Fecha factura;Vencimiento;Nº factura;Unidades;Importe\r\n")
        for n in range(rows):
            day, month, year = rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(2023, 2025)
            amount = f"{rnd.randint(20, 99999)},{rnd.randint(0, 99):02d}"
            f.write(
                f"{tax_id(rnd.randrange(clients))};{day:02d}/{month:02d}/{year};;F-{n};"
                f"{rnd.randint(1, 50)};{amount}\r\n"
            )


def child(kind: str, file: str, database: str) -> None:
    """Import one file; print the seconds and the peak memory as JSON."""
    from services.database import open_database
    from services.importing import (
        ImportOptions,
        Kind,
        guess_value_format,
        inspect_table,
        run_import,
        suggest_mapping,
    )

    db = open_database(database)
    start = time.perf_counter()
    table = inspect_table(file)
    mapping = suggest_mapping(table.headers, Kind(kind))
    options = ImportOptions(Kind(kind), mapping, guess_value_format(table, mapping))
    result = run_import(db.sessions, table, options)
    seconds = time.perf_counter() - start
    db.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(
        json.dumps(
            {
                "seconds": seconds,
                "rows": result.inserted,
                "rejected": result.rejected,
                "mb": peak_mb,
            }
        )
    )


def measure(kind: str, file: Path, database: Path | str) -> dict:
    command = [sys.executable, "-m", "bench.importing", "--child", kind, str(file), str(database)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--child", nargs=3, metavar=("KIND", "FILE", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    from services.database import open_database

    with tempfile.TemporaryDirectory(prefix="clientela-bench-") as folder:
        root = Path(folder)
        database = root / "bench.sqlite3"
        open_database(database).close()
        clients_file, sales_file = root / "clientes.csv", root / "ventas.csv"
        print(f"writing {args.clients:,} clients and {args.rows:,} sales rows…", flush=True)
        write_clients(clients_file, args.clients)
        write_sales(sales_file, args.clients, args.rows)
        for kind, file, target in (
            ("clients", clients_file, 5),
            ("sales", sales_file, 30),
        ):
            result = measure(kind, file, database)
            verdict = "ok" if result["seconds"] < target and result["mb"] < 400 else "SLOW"
            print(
                f"import {result['rows']:>9,} {kind:<8} {result['seconds']:6.1f} s "
                f"(target < {target} s), peak {result['mb']:.0f} MB (target < 400 MB), "
                f"{result['rejected']} rejected  {verdict}"
            )


if __name__ == "__main__":
    main()
