# The PostgreSQL store on a real terminal (issue 12): two workstations on one database at once,
# a change made elsewhere showing in them within 2 s without a key press (LISTEN/NOTIFY), and a
# connection broken by the server while a stopwatch runs: a clear message, no crash, and the
# stopwatch still running and saved once the database answers again.
# Needs TEND_TEST_POSTGRES (a superuser URL; scripts/test starts a cluster and sets it) and psql.
echo "tmux: PostgreSQL store (two workstations, live updates, a broken connection)"
pg_psql=""
for candidate in "${TEND_TEST_PG_BIN:-}/psql" "$(command -v psql 2>/dev/null)" /usr/lib/postgresql/*/bin/psql; do
    [[ -x $candidate && ! -d $candidate ]] && { pg_psql=$candidate; break; }
done
if [[ -z ${TEND_TEST_POSTGRES:-} ]]; then
    echo "  SKIP the PostgreSQL area: TEND_TEST_POSTGRES is not set (scripts/test starts a private cluster and sets it)"
elif [[ -z $pg_psql ]]; then
    echo "  SKIP the PostgreSQL area: no psql found (install postgresql-client, or set TEND_TEST_PG_BIN)"
else
    PG_DB="tend_tmux_$$"
    pg_base=${TEND_TEST_POSTGRES%%\?*}
    pg_base=${pg_base%/*}
    PG_URL="$pg_base/$PG_DB?sslmode=disable"
    pg_user=${pg_base##*//}; pg_user=${pg_user%%@*}
    pg_sql() { "$pg_psql" -X -q -w -At -v ON_ERROR_STOP=1 -d "$pg_base/postgres?sslmode=disable" -c "$1"; }
    # The panes start with an empty environment: hand them the password file.
    pg_env="PGPASSFILE=${PGPASSFILE:-$HOME/.pgpass}"
    pg_cleanup() {
        pg_sql "ALTER DATABASE $PG_DB ALLOW_CONNECTIONS true" >/dev/null 2>&1
        pg_sql "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null 2>&1
    }
    screen2() { T capture-pane -t pg2:second -p; }
    wait_for2() {
        local start; start=$(now_ms)
        local deadline=$((start + ${2:-10} * 1000))
        while (($(now_ms) < deadline)); do
            if screen2 | grep -Eq -- "$1"; then WAITED_MS=$(($(now_ms) - start)); return 0; fi
            sleep 0.1
        done
        return 1
    }
    if ! pg_sql "CREATE DATABASE $PG_DB" >/dev/null || ! "$TEND" demo --store "$PG_URL" --patients 30 --months 2 >/dev/null 2>"$WORK/pg-demo.err"; then
        fail "PostgreSQL: a demo store in a new database ($(tail -n 1 "$WORK/pg-demo.err" 2>/dev/null))"
    else
        ok "PostgreSQL: a demo store of 30 patients in database $PG_DB"
        T resize-window -t tend -x 120 -y 30
        T send-keys -t tend "clear; $pg_env $TEND --store '$PG_URL'; echo RC=\$?" Enter
        check "PostgreSQL: the first workstation opens on the database" "My call list" 20
        # A session of its own, its window never renamed after the program in it: a window named
        # "tend" would capture the helpers' `-t tend`.
        T new-session -d -s pg2 -n second -x 120 -y 30 "env -i HOME=$HOME PATH=$PATH TERM=tmux-256color LANG=C.UTF-8 PS1='$ ' bash --norc --noprofile"
        T set-window-option -t pg2:second automatic-rename off >/dev/null
        sleep 0.3
        T send-keys -t pg2:second "clear; $pg_env $TEND --store '$PG_URL'; echo RC=\$?" Enter
        wait_for2 "My call list" 20 && ok "PostgreSQL: a second workstation opens on it at the same time" \
            || fail "PostgreSQL: a second workstation opens on it at the same time"
        # Both list every patient, filtered to a name that does not exist yet.
        T send-keys -t tend a
        check "PostgreSQL: a lists every patient (first workstation)" "All patients" 5
        T send-keys -t pg2:second a
        wait_for2 "All patients" 5 && ok "PostgreSQL: a lists every patient (second workstation)" \
            || fail "PostgreSQL: a lists every patient (second workstation)"
        for w in tend pg2:second; do T send-keys -t $w / ; T send-keys -t $w -l "Livefeed"; T send-keys -t $w Enter; done
        check "PostgreSQL: the filter is set (first workstation)" "/Livefeed" 5
        wait_for2 "/Livefeed" 5 && ok "PostgreSQL: the filter is set (second workstation)" || fail "PostgreSQL: the filter is set (second workstation)"
        screen2 | grep -q "Livefeed, Nora" && fail "PostgreSQL: the new patient is not there yet" || ok "PostgreSQL: the new patient is not there yet"
        # Another session adds a patient (one commit, the consent a second): the lists show
        # consented patients.
        { "$TEND" --store "$PG_URL" patient add --name "Livefeed, Nora" --dob 1944-04-04 --mrn PGLIVE1 --condition E11.9 \
            --condition I10 --care-manager "$pg_user" >/dev/null 2>"$WORK/pg-add.err"
          "$TEND" --store "$PG_URL" consent record PGLIVE1 --method verbal \
            --disclosed availability,cost-sharing,one-practitioner,stop-any-time >/dev/null 2>>"$WORK/pg-add.err"; } \
            || fail "PostgreSQL: patient add and consent from the command line ($(cat "$WORK/pg-add.err"))"
        if wait_for2 "Livefeed, Nora" 2; then ok "PostgreSQL: the second workstation shows it without a key press (after $WAITED_MS ms)"
        else fail "PostgreSQL: the second workstation shows it within 2 s without a key press"; T capture-pane -t pg2:second -p | sed 's/^/       2| /' | head -30; fi
        check "PostgreSQL: the first workstation shows it too, within 2 s" "Livefeed, Nora" 2
        T send-keys -t pg2:second q
        wait_for2 "RC=" 10 && ok "PostgreSQL: the second workstation quits" || fail "PostgreSQL: the second workstation quits"
        T kill-session -t pg2

        # A stopwatch on the new patient, then the server ends every session of the database and
        # refuses new ones for a while: an outage as the workstation meets it.
        screen | grep -q "Livefeed, Nora.*1944-04-04" && ok "PostgreSQL: the new patient is selected, with date of birth" \
            || fail "PostgreSQL: the new patient is selected, with date of birth"
        T send-keys -t tend s
        check "PostgreSQL: the stopwatch runs" "running" 5
        started=$("$TEND" --store "$PG_URL" time status --format json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin).get("start",""))')
        [[ -n $started ]] && ok "PostgreSQL: the stopwatch is in the database ($started)" || fail "PostgreSQL: the stopwatch is in the database"
        pg_sql "ALTER DATABASE $PG_DB ALLOW_CONNECTIONS false" >/dev/null
        terminated=$(pg_sql "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$PG_DB' AND pid <> pg_backend_pid()")
        ((terminated > 0)) && ok "PostgreSQL: the server ended the workstation's $terminated connection(s)" \
            || fail "PostgreSQL: the server ended the workstation's connections (none found)"
        # The server refuses new sessions of this database (SQLSTATE 55000): tend says the store
        # cannot be reached, as for a stopped server.
        # (The message names the store's URL: the status line wraps or cuts it, so either part.)
        check "PostgreSQL: the workstation says the database cannot be reached" "Could not read .*the store at|cannot be reached" 10
        sleep 3
        if pgrep -f -- "--store .*$PG_DB" >/dev/null; then ok "PostgreSQL: the workstation is still running during the outage"
        else fail "PostgreSQL: the workstation is still running during the outage"; fi
        screen | grep -q "running" && ok "PostgreSQL: the stopwatch still shows running during the outage" \
            || fail "PostgreSQL: the stopwatch still shows running during the outage"
        pg_sql "ALTER DATABASE $PG_DB ALLOW_CONNECTIONS true" >/dev/null
        after=$("$TEND" --store "$PG_URL" time status --format json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin).get("start",""))')
        [[ $after == "$started" ]] && ok "PostgreSQL: after the outage the stopwatch keeps its original start" \
            || fail "PostgreSQL: after the outage the stopwatch keeps its original start ($after vs $started)"
        T send-keys -t tend s
        check "PostgreSQL: s stops it once the database answers (asks for the note)" "the note is required" 10
        T send-keys -t tend "Call about the outage" Enter
        check "PostgreSQL: the time is logged" "Logged" 10
        logged=$("$TEND" --store "$PG_URL" time list --patient PGLIVE1 --format json 2>/dev/null | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))' 2>/dev/null)
        [[ $logged == 1 ]] && ok "PostgreSQL: exactly one entry saved for the stopwatch" || fail "PostgreSQL: exactly one entry saved for the stopwatch (found ${logged:-none})"
        [[ "$("$TEND" --store "$PG_URL" time status 2>/dev/null)" == "no stopwatch is running" ]] \
            && ok "PostgreSQL: the stopwatch is gone from the database" || fail "PostgreSQL: the stopwatch is gone from the database"
        T send-keys -t tend q
        check "PostgreSQL: the workstation quits normally" "RC=0" 10
        "$TEND" --store "$PG_URL" audit verify >/dev/null 2>&1 && ok "PostgreSQL: the audit chain verifies" || fail "PostgreSQL: the audit chain verifies"
    fi
    T send-keys -t tend "clear" Enter
    pg_cleanup
fi
