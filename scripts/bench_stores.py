"""What scripts/bench and scripts/bench-workstation share: the PostgreSQL demo databases, the
in-process time-entry figure and the concurrent writers (tend-bench-store). Prints, asserts nothing."""
import math, os, random, statistics, string, subprocess, sys, tempfile, time, urllib.parse

def database_url(server, name):
    """The server's URL (a superuser's, e.g. postgresql://postgres@127.0.0.1:54329/postgres) with
    its database replaced by `name`, its query kept."""
    parts = urllib.parse.urlsplit(server)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, ""))

def psql(url, sql):
    """One statement through psql (the client PostgreSQL ships); its output, stripped."""
    return subprocess.run(["psql", url, "-v", "ON_ERROR_STOP=1", "-Atqc", sql], check=True,
                          capture_output=True, text=True).stdout.strip()

def demo_database(server, n, tend, zone, fresh=False):
    """The URL of database tend_bench_<n> on the server, holding the demo store of `n` patients
    (24 months, seed 7), made when missing (or with `fresh`): returns (url, seconds and peak MiB
    of the demo's creation, or None when it was there already). An unfinished one is made again."""
    name = f"tend_bench_{n}"
    url = database_url(server, name)
    exists = psql(server, f"SELECT count(*) FROM pg_database WHERE datname = '{name}'") == "1"
    if exists and not fresh and psql(url, "SELECT to_regclass('tend_settings') IS NOT NULL") == "t" \
            and psql(url, "SELECT count(*) FROM tend_settings") == "1":
        return url, None
    if exists:
        psql(server, f"DROP DATABASE {name} WITH (FORCE)")
    psql(server, f"CREATE DATABASE {name}")
    start = time.perf_counter()
    p = subprocess.Popen([tend, "demo", "--store", url, "--patients", str(n), "--months", "24", "--seed", "7",
                          "--time-zone", zone], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    if status != 0:
        sys.exit(f"tend demo on {url} failed: {p.stderr.read().decode(errors='replace')}")
    return url, (time.perf_counter() - start, usage.ru_maxrss / 1024)

def percentile(values, q):
    """The q-th percentile (nearest rank) of `values`."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(q / 100 * len(ordered))) - 1]

def fresh_logins(tend, store, prefix, count):
    """`count` new staff members (RN) with logins no earlier run used, so that their month has no
    time yet and their entries cannot overlap anything."""
    tag = "".join(random.choice(string.ascii_lowercase) for _ in range(5))
    logins = [f"{prefix}{tag}{k:02d}" for k in range(count)]
    for k, login in enumerate(logins):
        subprocess.run([tend, "--store", store, "staff", "add", login, "--name", f"Bench Writer {k}", "--credential", "RN"],
                       check=True, capture_output=True)
    return logins

def writes(helper, tend, store, first_minute, n, count, writers, per_writer, patient="M0100000"):
    """The in-process figure (one writer logs `count` entries, each timed inside the process) and
    the concurrent writers' throughput (`writers` processes, each its own staff member, started
    together after each has opened the store, `per_writer` entries each): prints both."""
    start = first_minute.strftime("%Y-%m-%dT%H:%M:%SZ")
    (login,) = fresh_logins(tend, store, "bi", 1)
    out = subprocess.run([helper, store, patient, str(count), login, start], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"tend-bench-store failed: {out.stderr}")
    ms = [float(line.split()[1]) for line in out.stdout.splitlines() if line.startswith("ms ")]
    print(f"  {n:>6} patients: one time entry in process (Session.logTime, {len(ms)} entries by one staff member): "
          f"p50 {statistics.median(ms):6.2f} ms, p99 {percentile(ms, 99):6.2f} ms")
    logins = fresh_logins(tend, store, "bw", writers)
    procs = []
    for login in logins:
        errors = tempfile.TemporaryFile()
        procs.append((subprocess.Popen([helper, store, patient, str(per_writer), login, start, "--wait"],
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors), errors))
    for p, errors in procs:
        if p.stdout.readline().strip() != b"ready":
            p.wait()
            errors.seek(0)
            sys.exit(f"a writer did not start: {errors.read().decode(errors='replace')}")
    go = time.perf_counter()
    for p, _ in procs:
        p.stdin.write(b"go\n")
        p.stdin.flush()
    latencies, failed = [], []
    for p, errors in procs:
        output, _ = p.communicate()
        latencies += [float(line.split()[1]) for line in output.decode().splitlines() if line.startswith("ms ")]
        if p.returncode != 0:
            errors.seek(0)
            failed.append(errors.read().decode(errors="replace").strip())
    elapsed = time.perf_counter() - go
    print(f"  {n:>6} patients: {writers} concurrent writers x {per_writer} entries: {len(latencies)} committed in "
          f"{elapsed:.2f} s = {len(latencies) / elapsed:6.1f} entries/s; each commit p50 {statistics.median(latencies):6.1f} ms, "
          f"p99 {percentile(latencies, 99):6.1f} ms" + (f"; {len(failed)} writers failed: {failed[0]}" if failed else ""))
