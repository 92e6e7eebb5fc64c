# Area: no silent minutes, no double minutes (issue 8 §3), at 80x24.
# A fresh store: one candidate without consent. The stopwatch warns at start, in the stop dialog
# and after the stop; durations are never clock-like; the same time logged twice by hand is a
# probable duplicate, Esc goes back to the filled-in dialog; the report shows the time that did
# not count.
echo "tmux: minutes that do not count, duplicates, durations (80x24)"
MIN="$WORK/minutes"
# The store's day must have room for a few entries before now: just after midnight UTC, count
# the days three hours behind.
min_zone=UTC
(( 10#$(date -u +%H) < 2 )) && min_zone=Etc/GMT+3
"$TEND" init --store "$MIN" --practice "Minutes Clinic" --time-zone "$min_zone" >/dev/null 2>&1
"$TEND" --store "$MIN" patient add --name "Okonkwo, Ada" --dob 1944-02-03 --mrn MIN1 --condition E11.9 --condition I10 \
    --care-manager "$me" >/dev/null 2>&1
T resize-window -t tend -x 80 -y 24
T send-keys -t tend:0 "clear; $TEND --store $MIN" Enter
check "the workstation opens on the fresh store" "My call list" 15
T send-keys -t tend:0 c s
check "starting the stopwatch without consent warns that the time will not count" "will NOT count" 5
check "the title bar shows an unambiguous duration" "● [0-9]+ s running" 5
sleep 2
T send-keys -t tend:0 s
check "the stop dialog says the time will not count" "This time will NOT count toward a claim" 5
[[ -n "${MINUTES_SHOW:-}" ]] && screen
T send-keys -t tend:0 -l "Explained the program"
T send-keys -t tend:0 Enter
check "after the stop the status line leads with the warning" "[0-9]+ s will NOT count: no CCM consent" 5
screen | grep -Eq "[0-9]{2}:[0-9]{2} (running|paused)|Logged [0-9]+:[0-9]{2}" \
    && fail "no clock-like duration on screen" || ok "no clock-like duration on screen"
for round in 1 2; do
    T send-keys -t tend:0 l
    check "l opens the log-time dialog ($round)" "Log time by hand: Okonkwo, Ada" 5
    T send-keys -t tend:0 -l "7"
    T send-keys -t tend:0 Tab Tab Tab Tab Tab
    T send-keys -t tend:0 -l "Called the pharmacy"
    T send-keys -t tend:0 Enter
done
check "the same time twice is a probable duplicate naming the first entry" "duplicate of entry T" 5
[[ -n "${MINUTES_SHOW:-}" ]] && screen
T send-keys -t tend:0 Escape
check "Esc goes back to the log dialog with the note intact" "Called the pharmacy" 5
T send-keys -t tend:0 Escape
check "Esc on the filled-in dialog asks before dropping what was typed" "Drop what you entered in" 5
T send-keys -t tend:0 Enter
[[ $("$TEND" --store "$MIN" time list --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))') == 2 ]] \
    && ok "one stopwatch entry and one manual entry, not two" || fail "one stopwatch entry and one manual entry, not two"
T send-keys -t tend:0 q
check "and quits" "^\\$ ?$" 5
"$TEND" --store "$MIN" report month | tr -s ' \n' ' ' | grep -Eq "Okonkwo, Ada \(DOB 1944-02-03, MRN MIN1\) \[P[0-9A-Z]+\]: 7 min [0-9]+ s not counted: no-consent" \
    && ok "the month report shows the time that did not count and why" || fail "the month report shows the time that did not count and why"
