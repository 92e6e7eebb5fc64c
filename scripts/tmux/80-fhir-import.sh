# tend import fhir in a real terminal: the Synthea bundles, a refused file, then the same files
# again ("Nothing to change"), each patient shown with name and date of birth.
echo "tmux: FHIR import"
FHIRSTORE="$WORK/fhir"
FIXT="$PWD/Tests/TendFHIRTests/Fixtures"
"$TEND" init --store "$FHIRSTORE" --practice "FHIR Clinic" --time-zone America/New_York >/dev/null 2>&1
T resize-window -t tend -x 200 -y 50
T send-keys -t tend "clear; $TEND --store $FHIRSTORE import fhir $FIXT/synthea $FIXT/refusals/truncated.json 2>&1 | cut -c1-190; echo \"exit=\${PIPESTATUS[0]}\"" Enter
check "the bundles import: three patients created" "Patients: 3 created, 0 updated, 0 unchanged" 60
check "each named with name and date of birth" "Larson, Cody \\(born 1951-04-30\\) created" 5
check "the cut-short file is refused by path and line" "truncated.json: REFUSED \\(line 3: the file ends inside" 5
check "and the command exits 1" "exit=1" 5
T send-keys -t tend "clear; $TEND --store $FHIRSTORE import fhir $FIXT/synthea | grep \"Nothing to change\"; echo \"exit=\${PIPESTATUS[0]}\"" Enter
check "importing again changes nothing and says so" "Nothing to change: the store already holds what these files say \\(3 patient\\(s\\) matched\\)" 60
check "and exits 0" "exit=0" 5
T send-keys -t tend "clear; $TEND --store $FHIRSTORE eligibility c0b14001-6297-4537-ab1b-6bf1c193e880" Enter
check "SNOMED CT problems count toward eligibility" "Ischemic heart disease: SNOMED 53741008" 20
T send-keys -t tend "clear" Enter
check "back at the prompt" "^\\$ ?$" 5
