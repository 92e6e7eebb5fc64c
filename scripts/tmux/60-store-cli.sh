# Command-line output on a real terminal (issue 8, section 5): tables fitted to the terminal but
# whole into a pipe, refusals that list several items as real lines, init naming its time zone,
# a negative --last as a usage error.
echo "tmux: command-line output on a terminal (store-cli)"
T resize-window -t tend -x 160 -y 40
T send-keys -t tend "clear" Enter
CLI="$WORK/store-cli"
long="Abcdefghijklmnopqrstuvwxyzabcdefghijklmnop, Bartholomew"
T send-keys -t tend "TZ=America/Chicago $TEND --store $CLI init --practice CLI" Enter
check "init names the time zone it chose and where from" "time zone: America/Chicago \\(from \\\$TZ\\)" 10
"$TEND" --store "$CLI" patient add --name "$long" --dob 1950-03-04 --mrn CLI1 --condition E11.9 --condition I10 >/dev/null
"$TEND" --store "$CLI" patient add --name "Lee, Ann" --dob 1951-04-05 --mrn CLI2 --condition E11.9 --condition I10 >/dev/null
T send-keys -t tend "clear; $TEND --store $CLI patient list" Enter
check "on a terminal a long name is fitted with an ellipsis" "Abcdefghijklmnopqrstuvwxyzabcdefghijklm… " 10
screen | grep -q "Bartholomew" && fail "on a terminal the long name is cut" || ok "on a terminal the long name is cut"
T send-keys -t tend "clear; $TEND --store $CLI patient list | cat" Enter
check "into a pipe the long name is whole" "$long" 10
printf 'name,dob\n"Lee, Bo",1944-13-01\n"Kim, Jo",1945-02-30\n' > "$WORK/store-cli.csv"
T send-keys -t tend "clear; $TEND --store $CLI patient import $WORK/store-cli.csv --skip-invalid" Enter
check "an import with no valid row still lists the reasons" "none of the 2 row\\(s\\) is valid" 10
check "each rejected row on its own line (line 2)" "^  line 2: .*1944-13-01" 5
check "each rejected row on its own line (line 3)" "^  line 3: .*1945-02-30" 5
screen | grep -q '\\u{A}' && fail "no literal \\u{A} in the message" || ok "no literal \\u{A} in the message"
T send-keys -t tend "clear; $TEND --store $CLI audit log --last -1; echo status=\$?" Enter
check "audit log --last -1 is a usage error naming the range" "--last must be at least 1 \\(got -1\\)" 10
check "with exit status 64" "^status=64" 5
T send-keys -t tend "clear" Enter
