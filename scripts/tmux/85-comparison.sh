# The program comparison on a real terminal (issue 10, "Which program pays and serves best"):
# the supervisor's Programs tab says it is comparing, then lists the patient by name and date of
# birth with the program; Enter shows the months under each program; the command prints totals.
echo "tmux: the supervisor's Programs tab and tend report programs (p10-compare)"
PRG="$WORK/comparison"
"$TEND" init --store "$PRG" --practice "Program Clinic" --time-zone America/New_York >/dev/null 2>&1
"$TEND" --store "$PRG" staff update "$me" --role admin --role supervisor --role nurse >/dev/null 2>&1
"$TEND" --store "$PRG" staff add pdoc --name "Pat Doctor" --credential MD >/dev/null 2>&1
ivy=$("$TEND" --store "$PRG" patient add --name "Quince, Ivy" --dob 1947-08-09 --mrn P1 --condition E11.9 --condition I10 \
      --care-manager "$me" --billing-practitioner pdoc 2>/dev/null)
"$TEND" --store "$PRG" consent record "$ivy" --method verbal \
    --disclosed availability,cost-sharing,one-practitioner,stop-any-time >/dev/null 2>&1
"$TEND" --store "$PRG" time log "$ivy" --minutes 25 --activity call --note "Reviewed the BP log" >/dev/null 2>&1

report=$("$TEND" --store "$PRG" report programs 2>&1)
[[ "$report" == *"Quince, Ivy"*"1947-08-09"* && "$report" == *"Practice totals"* ]] \
    && ok "report programs names the patient by name and date of birth, with totals" \
    || fail "report programs names the patient by name and date of birth, with totals ($report)"

T resize-window -t tend -x 120 -y 32
T send-keys -t tend "clear; $TEND --store $PRG" Enter
check "the workstation opens on the programs store" "My call list" 15
T send-keys -t tend S
check "S opens the supervisor view" "Month \\(1\\)" 10
T send-keys -t tend BTab BTab
check "the Programs tab is read and shown" "Programs \\(1\\)" 15
check "its row names the patient with the date of birth and the program" "Quince, Ivy .*1947-08-09 .*CCM" 5
screen | grep -q "Comparing programs" && fail "no 'Comparing programs' left on screen" || ok "no 'Comparing programs' left on screen"
T send-keys -t tend Enter
check "Enter shows the months under each program" "CCM \\(current\\)" 5
T send-keys -t tend Escape q
check "and quits" "^\\$ ?$" 5
