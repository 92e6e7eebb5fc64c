# Same-name patients at the command line, and the supervisor's bulk changes at 80x24:
# N on marked rows (one reason, one change) and A on marked rows of two care managers (one change).
echo "tmux: same-name patients, bulk not billed and bulk reassign at 80x24"
BULK="$WORK/bulk"
"$TEND" init --store "$BULK" --practice "Bulk Clinic" --time-zone America/New_York >/dev/null 2>&1
"$TEND" --store "$BULK" staff update "$me" --role admin --role supervisor --role nurse >/dev/null 2>&1
"$TEND" --store "$BULK" staff add bkdoc --name "Dee Doctor" --credential MD >/dev/null 2>&1
"$TEND" --store "$BULK" staff add bknurse --name "Nia Nurse" --credential RN >/dev/null 2>&1
"$TEND" --store "$BULK" staff add bkother --name "Oli Other" --credential RN >/dev/null 2>&1
add() { "$TEND" --store "$BULK" patient add --condition E11.9 --condition I10 --billing-practitioner bkdoc "$@" 2>"$WORK/bulk.err"; }
b1=$(add --name "Brown, Charles" --dob 1944-02-03 --mrn B1 --care-manager "$me")
if add --name "BROWN, Chárles" --dob 1944-02-03 --mrn B9 --care-manager "$me" >/dev/null; then
    fail "a second Brown, Charles born 1944-02-03 is refused"
else
    grep -q "Brown, Charles (DOB 1944-02-03, MRN B1), patient $b1" "$WORK/bulk.err" \
        && ok "a second Brown, Charles born 1944-02-03 is refused, naming the first" \
        || fail "a second Brown, Charles born 1944-02-03 is refused, naming the first ($(cat "$WORK/bulk.err"))"
fi
b2=$(add --name "Brown, Charles" --dob 1951-07-08 --mrn B2 --care-manager bknurse)
b3=$(add --name "Brown, Charles" --dob 1944-02-03 --mrn B3 --care-manager "$me" --different-person "Other address and phone; checked at intake")
[[ -n "$b3" ]] && ok "--different-person adds him with the reason" || fail "--different-person adds him with the reason"
"$TEND" --store "$BULK" audit log --patient "$b3" --format json | grep -q "Other address and phone" \
    && ok "the reason is in the audit log" || fail "the reason is in the audit log"
for p in B1 B2 B3; do "$TEND" --store "$BULK" consent record $p --method verbal --disclosed availability,cost-sharing,one-practitioner,stop-any-time >/dev/null 2>&1; done

T resize-window -t tend -x 80 -y 24
T send-keys -t tend "clear; $TEND --store $BULK" Enter
check "the workstation opens on the bulk store" "My call list" 15
T send-keys -t tend S
check "the month table lists the three Charles Browns" "Month \\(3\\)" 10
T send-keys -t tend g Space Space
check "space marks two rows" "2 patients marked" 5
T send-keys -t tend N
check "N on marked rows asks one reason for both" "Not billed: 2 patient-months" 5
T send-keys -t tend -l "Billing office holds these back"
T send-keys -t tend Enter
check "both are marked in one change" "Marked 2 patient-months not billed" 5
marked=$("$TEND" --store "$BULK" report month --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["notBilled"]))')
[[ "$marked" == 2 ]] && ok "the store has the two marks" || fail "the store has the two marks ($marked)"
"$TEND" --store "$BULK" audit log --last 1 | grep -q "marked 2 patient-months not billed" \
    && ok "one audit record for both" || fail "one audit record for both"
# Mark all three (two care managers) and move them to bkother in one change.
before=$("$TEND" --store "$BULK" audit log --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
T send-keys -t tend '*'
check "* marks every row" "3 patients marked" 5
T send-keys -t tend A
check "A offers the reassign form" "Reassign 3 patients" 5
for _ in 1 2 3 4; do
    screen | grep -q "\\[bkother\\]" && break
    T send-keys -t tend Right
    sleep 0.3
done
T send-keys -t tend Enter
check "the three move" "Reassigned 3 patients to bkother" 5
after=$("$TEND" --store "$BULK" audit log --format json | python3 -c 'import json,sys; r=json.load(sys.stdin); print(len(r), r[-1]["action"])')
[[ "$after" == "$((before + 1)) patient.reassign" ]] && ok "in one audited change" || fail "in one audited change ($before -> $after)"
[[ $("$TEND" --store "$BULK" patient list --format csv | grep -c ",bkother.\?$") == 3 ]] \
    && ok "all three are bkother's" || fail "all three are bkother's"
T send-keys -t tend q
check "and quits" "^\\$ ?$" 5
T resize-window -t tend -x 100 -y 30
