# Patient identification at 80x24: two patients of the same name told apart by their date of
# birth, the accent-insensitive filter, every patient reachable, and LANG=C transliteration.
echo "tmux: identification (same names at 80x24, accents, LANG=C)"
IDS="$WORK/ident"
"$TEND" init --store "$IDS" --practice "Ident Clinic" >/dev/null 2>&1
for args in "Brown, Charles|1944-02-03|ID1" "Brown, Charles|1951-11-30|ID2" "Lefèvre, Anne|1939-07-14|ID3" "Müller, Jörg|1948-05-05|ID4"; do
    IFS='|' read -r name dob mrn <<<"$args"
    "$TEND" --store "$IDS" patient add --name "$name" --dob "$dob" --mrn "$mrn" --condition E11.9 --condition I10 \
        --care-manager "$me" >/dev/null 2>&1
    "$TEND" --store "$IDS" consent record "$mrn" --method verbal --disclosed availability,cost-sharing,one-practitioner,stop-any-time >/dev/null 2>&1
done
"$TEND" --store "$IDS" patient add --name "Declined, Dora" --dob 1945-01-01 --mrn ID5 --condition E11.9 --condition I10 >/dev/null 2>&1
"$TEND" --store "$IDS" consent record ID5 --method verbal --declined >/dev/null 2>&1

T resize-window -t tend:0 -x 80 -y 24
T send-keys -t tend:0 "clear; $TEND --store $IDS" Enter
check "the workstation opens at 80x24" "My call list \(4\)" 15
screen | grep -E "Brown, Char.*1944-02-03" >/dev/null && screen | grep -E "Brown, Char.*1951-11-30" >/dev/null \
    && ok "both Charles Browns show their date of birth on the list" || fail "both Charles Browns show their date of birth on the list"
(( $(screen | LC_ALL=C.UTF-8 wc -L) <= 80 )) && ok "no line wider than 80 columns" || fail "no line wider than 80 columns"
T send-keys -t tend:0 /
T send-keys -t tend:0 -l "2/3/1944"
T send-keys -t tend:0 Enter
check "a US-form date of birth filters to one Charles Brown" "My call list \(1\)" 5
check "and the header shows his date of birth" "DOB 1944-02-03" 5
T send-keys -t tend:0 Escape /
T send-keys -t tend:0 -l "lefevre"
T send-keys -t tend:0 Enter
check "'lefevre' finds Lefèvre" "My call list \(1\).*|→ Lefèvre, Anne" 5
screen | grep -q "Lefèvre, Anne" && ok "the accented name is drawn" || fail "the accented name is drawn"
T send-keys -t tend:0 Escape e
check "e shows every patient in the store" "Every patient \(5\)" 5
check "the declined patient is listed and labelled" "Declined, Dora.*declined" 5
T send-keys -t tend:0 q
check "and quits" "^\\$ ?$" 5
T send-keys -t tend:0 "clear; LANG=C LC_ALL=C $TEND --store $IDS" Enter
check "LANG=C opens" "My call list" 15
check "LANG=C shows Muller, not a question mark" "Muller, Jorg" 5
screen | grep -q "M?ller" && fail "no '?' in place of a Latin letter" || ok "no '?' in place of a Latin letter"
T send-keys -t tend:0 q
check "and quits" "^\\$ ?$" 5
T resize-window -t tend:0 -x 100 -y 30
