# The workstation's frames are drawn from a value and supervisor tabs are read by the loop
# (issue 9, point 5), checked on the real binary: S, Tab and [ read and show their tab; the
# time review decides from a row's status that a voided entry cannot be voided again.
echo "tmux: supervisor tabs read by the loop; a voided entry offers no void (render)"
RND="$WORK/render"
"$TEND" init --store "$RND" --practice "Render Clinic" --time-zone America/New_York >/dev/null 2>&1
"$TEND" --store "$RND" staff update "$me" --role admin --role supervisor --role nurse >/dev/null 2>&1
"$TEND" --store "$RND" staff add rdoc --name "Rae Doctor" --credential MD >/dev/null 2>&1
ada=$("$TEND" --store "$RND" patient add --name "Quill, Ada" --dob 1948-05-06 --mrn R1 --condition E11.9 --condition I10 \
      --care-manager "$me" --billing-practitioner rdoc 2>/dev/null)
"$TEND" --store "$RND" consent record "$ada" --method verbal \
    --disclosed availability,cost-sharing,one-practitioner,stop-any-time >/dev/null 2>&1
entry=$("$TEND" --store "$RND" time log "$ada" --minutes 12 --activity call --note "Called about the BP log" 2>/dev/null | head -1)
"$TEND" --store "$RND" time void "$entry" --reason "Dup" >/dev/null 2>&1
previous=$(python3 -c 'import datetime,zoneinfo as z; d=datetime.datetime.now(z.ZoneInfo("America/New_York")).date().replace(day=1)-datetime.timedelta(days=1); print(d.strftime("%Y-%m"))')

T resize-window -t tend -x 120 -y 32
T send-keys -t tend "clear; $TEND --store $RND" Enter
check "the workstation opens on the render store" "My call list" 15
check "the title bar names the practice" "tend · Render Clinic" 5
T send-keys -t tend S
check "S reads the month and shows its table" "Month \\(1\\)" 10
check "the reading message is gone once the table is shown" "sorted by" 5
screen | grep -q "Reading month" && fail "no 'Reading month' left on screen" || ok "no 'Reading month' left on screen"
T send-keys -t tend '['
check "[ reads the month before" "^ $previous" 10
T send-keys -t tend ']' BTab
check "the time review is read and shown" "Time review \\(1\\)" 10
check "the voided entry is listed with its reason" "voided by $me: Dup" 5
footer=$(screen | tail -1)
[[ "$footer" != *"void"* && "$footer" != *"correct"* ]] && ok "the footer offers no void or correct on the voided entry" \
    || fail "the footer offers no void or correct on the voided entry ($footer)"
T send-keys -t tend V
check "V on the voided entry does not apply" "'time-void' does not apply here" 5
T send-keys -t tend q
check "and quits" "^\\$ ?$" 5
