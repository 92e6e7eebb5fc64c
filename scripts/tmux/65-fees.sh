# Fee schedules by year on a real terminal (issue 10, "Fee schedules by year"): the year's table
# with each code's status, a year without a schedule named as unpriced, and an import refusal
# that names every bad row on its own line while nothing is written.
echo "tmux: fee schedules by year (fees)"
T resize-window -t tend -x 160 -y 40
FEES="$WORK/fees"
"$TEND" --store "$FEES" init --practice Fees --time-zone America/New_York >/dev/null 2>&1
T send-keys -t tend "clear; $TEND --store $FEES fees show --year 2026" Enter
check "fees show names the year's schedule" "CY2026 national non-facility \\(CY2026, effective 2026-01-01\\)" 10
check "99490 is confirmed at \$66.13" "^99490 .*\\\$66\\.13 +confirmed" 5
check "99439 is an unconfirmed shipped default" "^99439 .*\\\$50\\.44 +unconfirmed" 5
check "99491 has no amount entered" "^99491 .* not-entered" 5
T send-keys -t tend "clear; $TEND --store $FEES fees show --year 2027" Enter
check "a year without a schedule is named as unpriced" "No fee schedule for 2027: its months are unpriced" 10
printf 'code,amount\n99490,70\nX1,5\n99439,-1\n' > "$WORK/fees.csv"
T send-keys -t tend "clear; $TEND --store $FEES fees import $WORK/fees.csv --year 2026; echo status=\$?" Enter
check "an import with bad rows writes nothing" "nothing was imported: 2 row\\(s\\) are invalid" 10
check "each bad row on its own line (line 3)" "^  line 3: unknown code 'X1'" 5
check "each bad row on its own line (line 4)" "^  line 4: the amount for 99439 must not be negative" 5
check "with exit status 1" "^status=1" 5
T send-keys -t tend "clear; $TEND --store $FEES fees show --year 2026 | grep '^99490'" Enter
check "99490 is unchanged after the refused import" "^99490 .*\\\$66\\.13 +confirmed" 10
T send-keys -t tend "clear" Enter
