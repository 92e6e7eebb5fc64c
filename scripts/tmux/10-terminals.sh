# Terminal types and a lost terminal (issue 8): keys decoded under TERM=vt100, vt220 and screen
# (entries that lack Shift-Tab, Home, End or Delete), and the exit when the terminal goes away
# without a SIGHUP. Sourced by scripts/tmux-tests (helpers T, screen, wait_for, check, ok, fail).

echo "tmux: keys under vt100, vt220 and screen"
# The call-outcome form: Result, Call back at, Note. Tab twice focuses Note.
for term in vt100 vt220 screen; do
    T send-keys -t tend "clear; TERM=$term $TEND --store $STORE" Enter
    check "TERM=$term: opens" "My call list" 15
    T send-keys -t tend o
    check "TERM=$term: o opens the call-outcome form" "Call outcome:" 5
    T send-keys -t tend Escape
    check "TERM=$term: a bare Esc is still Esc: it closes the empty form" "Cancelled; nothing was recorded" 5
    T send-keys -t tend o
    check "TERM=$term: o opens the form again" "Call outcome:" 5
    T send-keys -t tend Tab Tab
    check "TERM=$term: Tab Tab focuses the note" "(→|->) Note:" 5
    T send-keys -t tend -l "bcd"
    T send-keys -t tend Home
    T send-keys -t tend -l "A"
    T send-keys -t tend End
    T send-keys -t tend -l "E"
    T send-keys -t tend Left Left
    T send-keys -t tend -l "x"
    T send-keys -t tend DC
    T send-keys -t tend Right Right
    T send-keys -t tend -l "F"
    # Home, End, Left, Delete and Right edit the line instead of closing the form as an Esc.
    check "TERM=$term: Home, End, Left, Right and Delete edit the note" "Note: +AbcxEF" 5
    T send-keys -t tend BTab
    check "TERM=$term: Shift-Tab moves to the previous field" "(→|->) Call back at:" 5
    screen | grep -Eq "Note: +AbcxEF" && ok "TERM=$term: the note is kept" || fail "TERM=$term: the note is kept"
    T send-keys -t tend Up
    check "TERM=$term: Up moves to the result" "(→|->) Result:" 5
    T send-keys -t tend Down Down
    check "TERM=$term: Down Down back to the note" "(→|->) Note:" 5
    screen | grep -q "Cancelled" && fail "TERM=$term: no key was read as Esc" || ok "TERM=$term: no key was read as Esc"
    T send-keys -t tend BSpace BSpace BSpace BSpace BSpace BSpace Escape
    check "TERM=$term: the emptied form closes" "Cancelled; nothing was recorded" 5
    T send-keys -t tend q
    check "TERM=$term: quits" "^\\$ ?$" 5
done

echo "tmux: the terminal lost without a SIGHUP (window killed, tend in its own session)"
# tend runs in a session of its own on the pane's pty (inherited, never its controlling
# terminal): killing the window closes the pty's master side and signals only the pane's
# session, so tend sees only its input end (EIO, POLLHUP). A python parent waits for it and
# reports its CPU time from wait4.
LOST_STATE="$WORK/lost-state"
# The stopwatch runs (earlier areas may have left it running): its start must survive.
[[ "$("$TEND" --store "$STORE" time status --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["running"])')" == "True" ]] \
    || "$TEND" --store "$STORE" time start TMX1 >/dev/null 2>&1
lost_start=$("$TEND" --store "$STORE" time status --format json | python3 -c 'import json,sys; print(json.load(sys.stdin).get("start",""))')
# "tend:" is the session (next free index); a bare "tend" can name window 0 while tend runs in it.
T new-window -d -t tend: -n lost "sleep 600"
lost_tty=$(T display-message -p -t tend:lost '#{pane_tty}')
python3 - "$lost_tty" "$TEND" "$STORE" "$LOST_STATE" "$WORK/lost" <<'PY' &
import os, subprocess, sys, time
tty, tend, store, state, out = sys.argv[1:6]
fd = os.open(tty, os.O_RDWR | os.O_NOCTTY)
env = dict(os.environ, TERM="tmux-256color", LANG="C.UTF-8", XDG_STATE_HOME=state, SWIFT_BACKTRACE="enable=no")
child = subprocess.Popen([tend, "--store", store], stdin=fd, stdout=fd, stderr=fd, start_new_session=True, env=env)
os.close(fd)
with open(out + ".pid", "w") as f:
    f.write(str(child.pid))
_, status, usage = os.wait4(child.pid, 0)
with open(out + ".result", "w") as f:
    f.write("%d %.6f %.3f\n" % (status, time.time(), usage.ru_utime + usage.ru_stime))
PY
lost_waiter=$!
# wait_for_lost REGEX [SECONDS]: poll the lost window's screen until it matches.
wait_for_lost() {
    local deadline=$(($(now_ms) + ${2:-10} * 1000))
    while (($(now_ms) < deadline)); do
        T capture-pane -t tend:lost -p | grep -Eq -- "$1" && return 0
        sleep 0.1
    done
    return 1
}
if wait_for_lost "My call list" 15; then ok "lost: tend opens in the window"; else fail "lost: tend opens in the window"; fi
lost_pid=$(cat "$WORK/lost.pid" 2>/dev/null)
wait_for_lost "running" 5 && ok "lost: the stopwatch runs" || fail "lost: the stopwatch runs"
T send-keys -t tend:lost 4 e
# The editor's footer (the plan pane also says "Problem list"): type only once the editor is open.
wait_for_lost "save .*close" 10 || true
# On a line of its own: appended to the plan's text it could wrap (the demo's text and the
# patient at the top of the list change with the date), and the check reads the screen.
T send-keys -t tend:lost Enter
T send-keys -t tend:lost -l "Unsaved when the window died"
if wait_for_lost "Unsaved when the window died" 5; then ok "lost: text typed in the plan editor"; else fail "lost: text typed in the plan editor"; T capture-pane -t tend:lost -p | sed "s/^/       lost | /" | head -30; fi
ticks=$(getconf CLK_TCK)
cpu_before=$(awk -v t="$ticks" '{ sub(/^.*\) /, ""); printf "%.3f", ($12 + $13) / t }' "/proc/$lost_pid/stat" 2>/dev/null)
killed_at=$(date +%s.%N)
T kill-window -t tend:lost
for _ in $(seq 1 50); do [[ -s "$WORK/lost.result" ]] && break; sleep 0.1; done
if [[ -s "$WORK/lost.result" ]]; then
    read -r lost_status exited_at cpu_total < "$WORK/lost.result"
    elapsed=$(awk -v a="$exited_at" -v b="$killed_at" 'BEGIN { printf "%.3f", a - b }')
    cpu_after=$(awk -v a="$cpu_total" -v b="${cpu_before:-0}" 'BEGIN { printf "%.3f", a - b }')
    echo "  measured: exit ${elapsed} s after the window was killed; CPU ${cpu_after} s after the loss (${cpu_total} s in all)"
    awk -v e="$elapsed" 'BEGIN { exit !(e < 2) }' && ok "lost: exits within 2 s (${elapsed} s)" || fail "lost: exits within 2 s (${elapsed} s)"
    awk -v c="$cpu_after" 'BEGIN { exit !(c < 0.5) }' && ok "lost: little CPU after the loss (${cpu_after} s)" || fail "lost: little CPU after the loss (${cpu_after} s)"
    [[ "$lost_status" == 0 ]] && ok "lost: a normal exit" || fail "lost: a normal exit (wait status $lost_status)"
else
    cpu_now=$(awk -v t="$ticks" '{ sub(/^.*\) /, ""); printf "%.3f", ($12 + $13) / t }' "/proc/$lost_pid/stat" 2>/dev/null)
    echo "  measured: still running 5 s after the window was killed, CPU ${cpu_now} s (${cpu_before} s before)"
    fail "lost: exits within 2 s"
    kill -9 "$lost_pid" 2>/dev/null
fi
wait "$lost_waiter" 2>/dev/null
lost_after=$("$TEND" --store "$STORE" time status --format json | python3 -c 'import json,sys; print(json.load(sys.stdin).get("start",""))')
[[ -n "$lost_start" && "$lost_after" == "$lost_start" ]] \
    && ok "lost: the stopwatch is kept in the store with its start" || fail "lost: the stopwatch is kept in the store ($lost_after vs $lost_start)"
grep -rqs "Unsaved when the window died" "$LOST_STATE/tend/drafts" \
    && ok "lost: the unsaved edit is kept as a draft" || fail "lost: the unsaved edit is kept as a draft"
