# No lost work at 80x24 (issue 8, section 2): Esc on "Drop your unsaved changes?" goes back to the
# editor with the typed text, and the stop dialog shows the chosen activity at 80 columns.

echo "tmux: no lost work at 80x24"
# A store of its own: the areas before leave a stopwatch running and TMX1 reassigned.
NOLOST="$WORK/nolost"
"$TEND" init --store "$NOLOST" --practice "No Lost Work Clinic" >/dev/null 2>&1
"$TEND" --store "$NOLOST" patient add --name "Ñúñez-Ø, Zoë" --dob 1941-02-03 --mrn TMX1 --condition E11.9 --condition I10 \
    --care-manager "$me" >/dev/null
"$TEND" --store "$NOLOST" consent record TMX1 --method verbal --disclosed availability,cost-sharing,one-practitioner,stop-any-time >/dev/null 2>&1
T resize-window -t tend -x 80 -y 24
T send-keys -t tend "clear; $TEND --store $NOLOST" Enter
check "opens at 80x24" "My call list" 15
T send-keys -t tend /
T send-keys -t tend "TMX1" Enter
check "the filter finds our accented patient" "Zo" 5
T send-keys -t tend 4 e
# The editor's footer (the plan pane also says "Problem list:"), so that no key is typed before it opens.
check "e opens the problem-list editor" "save .*close" 5
T send-keys -t tend "Walks daily with a cane"
check "the typed text is in the editor" "Walks daily with a cane" 5
T send-keys -t tend Escape
check "Esc with changes asks first" "Drop your unsaved changes to Problem list\?" 5
T send-keys -t tend Escape
if wait_for "Walks daily with a cane" 5 && screen | grep -q "modified" && ! screen | grep -q "Drop your unsaved"; then
    ok "Esc on the question goes back to the editor with the text intact"
else
    fail "Esc on the question goes back to the editor with the text intact"
fi
T send-keys -t tend " since March" C-s
check "Ctrl-S saves the whole text" "Saved Problem list" 5
"$TEND" --store "$NOLOST" plan show TMX1 2>/dev/null | grep -q "Walks daily with a cane since March" \
    && ok "the store has the text typed before and after the question" || fail "the store has the text typed before and after the question"

T send-keys -t tend s
check "s starts the stopwatch" "running" 5
sleep 2
T send-keys -t tend s
check "s again opens the stop dialog" "Stop the stopwatch" 5
# The focus starts on the note; Tab wraps round to the activity.
T send-keys -t tend Tab Right Right
check "at 80 columns the chosen activity shows whole" "\[medication reconciliation\]" 5
T send-keys -t tend Right Right Right Right
check "so does the last one" "\[other\]" 5
[[ $(screen | wc -l) -le 24 ]] && ok "the stop dialog fits 24 rows" || fail "the stop dialog fits 24 rows"
T send-keys -t tend Escape
check "Esc after a change asks before dropping it" "Drop what you entered" 5
T send-keys -t tend Escape
if wait_for "\[other\]" 5 && ! screen | grep -q "Drop what you entered"; then
    ok "Esc on that question goes back to the dialog as it was"
else
    fail "Esc on that question goes back to the dialog as it was"
fi
T send-keys -t tend BTab
T send-keys -t tend "Reviewed walking plan"
T send-keys -t tend Enter
check "the stop logs the time" "Logged" 5
T send-keys -t tend q
check "quits to the shell" "^\\$ ?$" 5
T resize-window -t tend -x 100 -y 30
