# Programs in a real terminal: a patient moved to APCM shows it in the header, the consent pane
# asks for an APCM consent (the CCM one on file does not count) and the dialog is the APCM one.
echo "tmux: programs (the header and the consent pane follow the patient's program)"
PRG="$WORK/programs"
"$TEND" init --store "$PRG" --practice "Program Clinic" >/dev/null 2>&1
"$TEND" --store "$PRG" patient add --name "Programme, Paula" --dob 1947-04-05 --mrn PRG1 --condition E11.9 --condition I10 \
    --care-manager "$me" >/dev/null 2>&1
"$TEND" --store "$PRG" consent record PRG1 --method verbal --disclosed availability,cost-sharing,one-practitioner,stop-any-time >/dev/null 2>&1
"$TEND" --store "$PRG" program set PRG1 apcm --reason "tmux check" >/dev/null 2>&1

T resize-window -t tend:0 -x 100 -y 30
T send-keys -t tend:0 "clear; $TEND --store $PRG" Enter
check "the workstation opens on the APCM patient" "My call list \(1\)" 15
check "the header shows the program" "Program APCM · care manager" 5
T send-keys -t tend:0 3
check "the consent pane asks for an APCM consent" "No APCM consent recorded" 5
check "and names the CCM consent as not counting" "Also on file: CCM consent \(does not count for APCM\)" 5
T send-keys -t tend:0 r
check "the consent dialog is the APCM one" "Record APCM consent: Programme, Paula \(DOB 1947-04-05" 5
check "with APCM's wording" "only one practitioner bills APCM a month" 5
T send-keys -t tend:0 Escape
wait_for "No APCM consent recorded" 5
T send-keys -t tend:0 q
check "and quits" "^\\$ ?$" 5
