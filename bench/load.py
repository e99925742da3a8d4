"""Load test on loopback: gunicorn as the README runs it, N clients posting mixed plans.

    .venv/bin/python bench/load.py --seconds 60 --clients 8
    .venv/bin/python bench/load.py --memory 1000   # RSS per worker after 100 and after N renders

Prints PDFs per second, latency percentiles, errors and worker memory. Only
127.0.0.1 is contacted; every loop is bounded in time or count.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

REQUESTS = [
    {"fatigue": 3, "pain": 2},
    {"fatigue": 6, "pain": 5, "conditions": ["sternotomy", "heart_failure"], "weeks_since_event": 5,
     "medications": ["nitrates", "pde5_inhibitor"], "language": "es_MX"},
    {"fatigue": 8, "pain": 3, "conditions": ["long_covid_mecfs"], "language": "de", "large_print": True},
    {"fatigue": 4, "pain": 6, "pain_sites": ["lower_back", "knee"], "back_pain_pattern": "worse_bending_forward",
     "conditions": ["knee_replacement", "arthritis"], "weeks_since_event": 8, "language": "ar"},
    {"fatigue": 5, "pain": 4, "conditions": ["cancer_treatment", "pelvic_radiotherapy"], "weeks": 12,
     "medication_effects": ["vaginal_dryness", "low_desire"], "language": "zh_Hans", "notes": "Note " * 100},
    {"fatigue": 2, "pain": 1, "conditions": ["copd_breathlessness"], "language": "vi", "discreet": True},
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "CLINIC_SECRET_KEY": "load-test", "CLINIC_WARM_UP": "true",
           "CLINIC_RENDER_RATE_LIMIT": "100000 per minute"}
    process = subprocess.Popen(
        [str(BIN / "gunicorn"), "-w", str(workers), "-b", f"127.0.0.1:{port}", "--timeout", "30",
         "--max-requests", "100000", "wsgi:app"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                pass
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit("gunicorn did not start")


def post_plan(port: int, body: dict) -> tuple[int, float, int]:
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("POST", "/api/v1/plans", json.dumps(body),
                 {"Content-Type": "application/json", "Accept": "application/pdf"})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, time.perf_counter() - started, len(data)


def worker_pids(master: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def load(port: int, seconds: float, clients: int) -> None:
    latencies: list[float] = []
    errors: list[int] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(seed: int) -> None:
        rng = random.Random(seed)
        while time.monotonic() < stop:
            status, elapsed, _ = post_plan(port, rng.choice(REQUESTS))
            with lock:
                (latencies if status == 200 else errors).append(elapsed if status == 200 else status)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    begun = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - begun
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]  # noqa: E731
    print(f"{clients} clients for {wall:.0f} s: {len(latencies)} PDFs, {len(latencies) / wall:.2f} PDFs/s, "
          f"p50 {p(0.50) * 1000:.0f} ms, p95 {p(0.95) * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms, "
          f"errors {len(errors)}")


def memory(port: int, master: int, renders: int) -> None:
    rng = random.Random(1)
    done = 0
    for target in (100, renders):
        while done < target:
            status, _, _ = post_plan(port, rng.choice(REQUESTS))
            assert status == 200, status
            done += 1
        sizes = {pid: round(rss_mb(pid), 1) for pid in worker_pids(master)}
        print(f"after {done} renders: RSS per worker (MB) {sizes}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--memory", type=int, default=0, help="renders for the memory check (0: skip)")
    args = parser.parse_args()
    port = free_port()
    server = start_gunicorn(port, args.workers)
    try:
        status, elapsed, size = post_plan(port, REQUESTS[0])
        print(f"first PDF after start-up (workers warmed): {elapsed * 1000:.0f} ms, {size:,} bytes, status {status}")
        if args.memory:
            memory(port, server.pid, args.memory)
        else:
            load(port, args.seconds, args.clients)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
