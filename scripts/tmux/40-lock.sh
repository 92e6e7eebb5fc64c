# The idle lock (only the account's password opens it; Enter alone never does) and a staff
# account deactivated while its workstation is open (the workstation stops once, keeping the
# stopwatch). Uses a store of its own: the running account deactivates itself at the end.
echo "tmux: the idle lock and a deactivated account"
LOCK="$WORK/lock"
mkdir -p "$LOCK/config/tend"
echo "idle-lock-minutes = 1" > "$LOCK/config/tend/config"
"$TEND" init --store "$LOCK/store" --practice "Lock Clinic" >/dev/null 2>&1
"$TEND" --store "$LOCK/store" patient add --name "Lockwood, Ada" --dob 1940-05-06 --mrn LK1 \
    --condition E11.9 --condition I10 --care-manager "$me" >/dev/null
"$TEND" --store "$LOCK/store" consent record LK1 --method verbal --disclosed availability,cost-sharing,one-practitioner,stop-any-time >/dev/null 2>&1
lock_open="clear; XDG_CONFIG_HOME=$LOCK/config XDG_STATE_HOME=$LOCK/state $TEND --store $LOCK/store; echo RC=\$?"
trail="$LOCK/store/audit/trail.jsonl"

T send-keys -t tend "$lock_open" Enter
check "lock: the workstation opens with a one-minute idle lock" "Lockwood, Ada" 15
T send-keys -t tend s
check "lock: the stopwatch runs" "running" 5
if wait_for "tend is locked|logged off automatically" 90; then ok "lock: one idle minute later the screen is locked (or logged off)"; else fail "lock: one idle minute later the screen is locked (or logged off)"; fi
if screen | grep -q "logged off automatically"; then
    # PAM cannot check this account's password here: the idle timeout ended the session instead.
    check "lock: without a password check the idle timeout logs off, keeping the stopwatch" "keeps running in the store" 5
    grep -q '"action":"workstation.logoff"' "$trail" && ok "lock: the logoff is audited" || fail "lock: the logoff is audited"
else
    screen | grep -q "Lockwood" && fail "lock: the lock screen hides the patient" || ok "lock: the lock screen hides the patient"
    T send-keys -t tend Enter
    check "lock: Enter alone does not unlock" "Enter alone does not unlock" 5
    screen | grep -q "Lockwood" && fail "lock: still no patient after Enter" || ok "lock: still no patient after Enter"
    T send-keys -t tend -l "not-the-password"
    T send-keys -t tend Enter
    check "lock: a wrong password is refused and said so" "Wrong password \(1 failed attempt" 15
    screen | grep -q "not-the-password" && fail "lock: the typed password is never shown" || ok "lock: the typed password is never shown"
    grep -q '"action":"workstation.unlock".*"outcome":"denied"' "$trail" && ok "lock: the failed attempt is audited" || fail "lock: the failed attempt is audited"
    T send-keys -t tend C-c
    check "lock: Ctrl-C on the lock screen closes tend, keeping the stopwatch" "keeps running in the store" 5
fi
check "lock: back at the shell" "RC=0" 5

T send-keys -t tend "$lock_open" Enter
check "deactivated: the workstation opens again" "Lockwood, Ada" 15
denied_before=$(grep -c '"outcome":"denied"' "$trail")
"$TEND" --store "$LOCK/store" staff update "$me" --no-active >/dev/null 2>&1
check "deactivated: the workstation stops at once with a clear message" "the workstation stopped: your account '$me' was deactivated" 5
check "deactivated: and exits with status 4" "RC=4" 5
screen | tr -d '\n' | grep -q "keeps running in the store" && ok "deactivated: the message says the stopwatch is kept" || fail "deactivated: the message says the stopwatch is kept"
[[ -f "$LOCK/store/timers/$me.json" ]] && ok "deactivated: the stopwatch is still in the store" || fail "deactivated: the stopwatch is still in the store"
sleep 2
denied_after=$(grep -c '"outcome":"denied"' "$trail")
(( denied_after - denied_before == 1 )) && grep -q '"action":"workstation.stop"' "$trail" \
    && ok "deactivated: exactly one audit record (workstation.stop)" || fail "deactivated: exactly one audit record ($((denied_after - denied_before)) denials)"
T send-keys -t tend "clear" Enter
