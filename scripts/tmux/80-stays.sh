# A hospital stay recorded from the workstation (H) moves the patient to the top of the call list
# with the care-transition deadline; the stay dialog keeps what was typed across Esc.
echo "tmux: stays (H records a stay, the call list puts the transition first)"
STAYS="$WORK/stays"
"$TEND" init --store "$STAYS" --practice "Stay Clinic" >/dev/null 2>&1
"$TEND" --store "$STAYS" staff add drstay --name "Stay Doctor" --credential MD >/dev/null 2>&1
for args in "Adams, Al|1940-01-01|ST1" "Baker, Bo|1941-02-02|ST2"; do
    IFS='|' read -r name dob mrn <<<"$args"
    "$TEND" --store "$STAYS" patient add --name "$name" --dob "$dob" --mrn "$mrn" --condition E11.9 --condition I10 \
        --care-manager "$me" --billing-practitioner drstay >/dev/null 2>&1
    "$TEND" --store "$STAYS" consent record "$mrn" --method verbal --disclosed availability,cost-sharing,one-practitioner,stop-any-time >/dev/null 2>&1
done
# Baker needs one minute for 20, Adams twenty: Adams leads the list until Baker's discharge.
"$TEND" --store "$STAYS" time log ST2 --minutes 19 --activity call --note "weekly call" >/dev/null 2>&1
admit=$(date -d "-3 days" +%F 2>/dev/null)
first_row() { screen | grep -m1 -A1 "My call list (" | tail -1; }

T resize-window -t tend:0 -x 100 -y 30
T send-keys -t tend:0 "clear; $TEND --store $STAYS" Enter
check "the workstation opens on the stay store" "My call list \(2\)" 15
first_row | grep -q "Adams" && ok "Adams leads the call list before the stay" || fail "Adams leads the call list before the stay"
T send-keys -t tend:0 /
T send-keys -t tend:0 -l "Baker"
T send-keys -t tend:0 Enter
check "the filter selects Baker" "My call list \(1\)" 5
T send-keys -t tend:0 H
check "H opens the stay dialog" "Record a stay: Baker, Bo" 5
T send-keys -t tend:0 -l "$admit"
T send-keys -t tend:0 Escape
check "Esc on the filled dialog asks first" "Drop what you entered" 5
T send-keys -t tend:0 Escape
check "and Esc again brings the dialog back as typed" "$admit" 5
T send-keys -t tend:0 Enter
check "Enter records the stay with the first TCM deadline" "Stay recorded .*TCM contact due" 10
T send-keys -t tend:0 Escape
check "the whole call list is back" "My call list \(2\)" 5
first_row | grep -q "Baker" && ok "Baker now leads the call list" || fail "Baker now leads the call list"
# The stay ends today (the dialog's default discharge): today's 19 minutes are inpatient time.
first_row | grep -q " 0/20m" && ok "and his minutes logged on the discharge day no longer count" \
    || fail "and his minutes logged on the discharge day no longer count"
check "with the transition deadline as the reason" "Why now: TCM contact due" 5
T send-keys -t tend:0 q
check "and quits" "^\\$ ?$" 5
"$TEND" --store "$STAYS" stay list ST2 | grep -q "contact: due by" && ok "tend stay list shows the open contact" \
    || fail "tend stay list shows the open contact"
