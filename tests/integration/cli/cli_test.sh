#!/usr/bin/env bash
# Drives the real `haven` binary as a user would: init, import (good, bad, partial), person
# show, persons search, export and restore, rebuild, the law catalogue, serve.
# Usage: cli_test.sh PATH/TO/haven
set -uo pipefail
haven="$1"
work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null; rm -rf "$work"' EXIT
db="$work/haven.db"
passed=0
failed=0

check() {  # check NAME CONDITION-COMMAND...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
contains() { grep -qF -- "$2" <<<"$1"; }
excludes() { ! grep -qF -- "$2" <<<"$1"; }

cat >"$work/good.jsonl" <<'JSONL'
# two persons, a detention and a referral
{"type":"person.registered","occurred_at":"2026-03-01T10:00:00+01:00","person_id":"P-1","given_name":"Amanuel","family_name":"Tesfay","name_original":"ኣማኑኤል ተስፋይ","nationalities":["ERI"],"birth_date":"2009","birth_date_estimated":true}
{"type":"person.registered","occurred_at":"2026-03-01T11:00:00+01:00","person_id":"P-2","given_name":"José","family_name":"Núñez","nationalities":["HND"]}
{"type":"detention.started","occurred_at":"2026-03-02T10:00:00+01:00","person_id":"P-1","facility":"Lampedusa hotspot"}
{"type":"referral.made","occurred_at":"2026-03-03T10:00:00+01:00","referral_id":"R-1","person_id":"P-1","service":"legal","consent":true}
JSONL
cat >"$work/bad.jsonl" <<'JSONL'
{"type":"person.registered","occurred_at":"2026-03-04T10:00:00Z","person_id":"P-3","given_name":"Selam"}
{"type":"consular.visited","occurred_at":"2026-03-05T10:00:00Z","person_id":"P-404"}
{"type":"person.registered","occurred_at":"2026-02-30T10:00:00Z","person_id":"P-4"}
JSONL

out=$("$haven" --db "$db" import "$work/good.jsonl" 2>&1)
check "import needs an initialised database" contains "$out" "haven init"

out=$("$haven" --db "$db" init 2>&1)
check "init creates the database" contains "$out" "schema version 8"
check "init makes a key file only its owner may read" test "$(stat -c %a "$db.keys")" = 600

out=$("$haven" --db "$db" import "$work/good.jsonl" 2>&1); rc=$?
check "import records a good file" contains "$out" "Recorded 4 events"
check "import of a good file exits 0" test "$rc" -eq 0

out=$("$haven" --db "$db" import "$work/bad.jsonl" 2>&1); rc=$?
check "a bad file is refused whole" contains "$out" "Nothing was recorded"
check "the unknown person is named with its line" contains "$out" "line 2: person_id: no person 'P-404'"
check "the impossible date is named with its line" contains "$out" "line 3: occurred_at:"
check "a refused import exits 1" test "$rc" -eq 1
out=$("$haven" --db "$db" person show P-3 2>&1); rc=$?
check "nothing of the refused file was written" test "$rc" -eq 3

out=$("$haven" --db "$db" --format json import --partial "$work/bad.jsonl" 2>&1)
check "partial keeps the good line" contains "$out" '"recorded":1'
check "partial reports the bad lines as JSON" contains "$out" '"code":"unknown_person"'

out=$("$haven" --db "$db" person show P-1 2>&1)
check "person show prints the name in its own script" contains "$out" "ኣማኑኤል ተስፋይ"
check "person show prints the estimated age" contains "$out" "(age about"
check "person show lists the timeline" contains "$out" "detention.started"

out=$("$haven" --db "$db" persons search "jose nunez" 2>&1)
check "search ignores case and accents" contains "$out" "P-2"
out=$("$haven" --db "$db" persons search --nationality ERI --detained 2>&1)
check "search filters by nationality and detention" contains "$out" "P-1"
out=$("$haven" --db "$db" persons search --nationality eri 2>&1); rc=$?
check "a lower-case nationality is refused" test "$rc" -ne 0

"$haven" --db "$db" export -o "$work/export.jsonl"
"$haven" --db "$work/copy.db" init >/dev/null
out=$("$haven" --db "$work/copy.db" import "$work/export.jsonl" 2>&1)
check "an export is refused without --restore" contains "$out" "recorded_at"
out=$("$haven" --db "$work/copy.db" import --restore "$work/export.jsonl" 2>&1)
check "an export restores" contains "$out" "Recorded 5 events"
"$haven" --db "$work/copy.db" export -o "$work/export2.jsonl"
check "export, restore, export round-trips byte for byte" cmp -s "$work/export.jsonl" "$work/export2.jsonl"

before=$("$haven" --db "$db" --format json person show P-1)
out=$("$haven" --db "$db" rebuild 2>&1)
check "rebuild reports what it folded" contains "$out" "Rebuilt 3 persons"
after=$("$haven" --db "$db" --format json person show P-1)
check "rebuild gives the same person" test "$before" = "$after"

out=$("$haven" --db "$db" frobnicate 2>&1); rc=$?
check "an unknown command is a usage error" test "$rc" -eq 2
out=$("$haven" --help 2>&1)
check "--help lists the commands" contains "$out" "import"
out=$("$haven" --version 2>&1)
check "--version prints the version" contains "$out" "haven 0.1.0"

# The law as data: parse, publish, look up, cover.
root=$(cd "$(dirname "$0")/../../.." && pwd)
seed="$root/data/law/A-RES-66-172.txt"
out=$("$haven" law parse "$seed" 2>&1); rc=$?
check "law parse reads the seed" test "$rc" -eq 0
check "law parse gives citation ids" contains "$out" '"id": "A/RES/66/172 op.4(g)"'
"$haven" law parse --format akn "$seed" >"$work/66-172.xml"
check "law parse --format akn validates against Akoma Ntoso 3.0" \
  xmllint --noout --schema "$root/data/law/akn/akomantoso30.xsd" "$work/66-172.xml"
"$haven" law parse --format text "$seed" >"$work/66-172.txt"
"$haven" law parse "$work/66-172.txt" >"$work/again.json"
"$haven" law parse "$seed" >"$work/first.json"
check "the clean text parses back to the same provisions" \
  cmp -s <(grep -v '"line"' "$work/first.json") <(grep -v '"line"' "$work/again.json")
: >"$work/empty.txt"
out=$("$haven" law parse "$work/empty.txt" 2>&1); rc=$?
check "an empty file is refused with its line" contains "$out" "line 1: the file is empty"
check "a refused text exits 1" test "$rc" -eq 1
printf '66/172. T\nThe General Assembly,\nRecalling \x01\n' >"$work/binary.txt"
out=$("$haven" law parse "$work/binary.txt" 2>&1)
check "binary data is refused naming the line" contains "$out" "line 3: control character"
printf '66/172. T\nThe General Assembly,\nRecalling things,\nNoting others,\n' >"$work/noop.txt"
out=$("$haven" law parse "$work/noop.txt" 2>&1)
check "a text without operative paragraphs is refused" contains "$out" "no operative paragraph"
out=$("$haven" law show "A/RES/66/172 op.4(g)" 2>&1)
check "law show prints the words of op.4(g)" contains "$out" "without delay of his or her rights"
out=$("$haven" law show "A/RES/66/172 op.40" 2>&1); rc=$?
check "law show of an unknown id exits 3" test "$rc" -eq 3
check "law show of an unknown id says how ids look" contains "$out" 'ids look like'
out=$("$haven" law list 2>&1)
check "law list shows the treaties" contains "$out" "Vienna Convention on Consular Relations"
out=$("$haven" law coverage 2>&1)
check "law coverage names what serves op.4(g)" contains "$out" "consular.rights_informed"
check "law coverage says what is not served yet" contains "$out" "not yet"

# Legal deadlines: the profile, alerts as of a moment, with their citations.
alerts_db="$work/alerts.db"
out=$("$haven" --db "$alerts_db" init --profile nowhere 2>&1); rc=$?
check "init refuses an unknown profile" test "$rc" -ne 0
check "init lists the built-in profiles" contains "$out" "eu-return-directive"
out=$("$haven" --db "$alerts_db" init --profile spain 2>&1)
check "init fixes the profile" contains "$out" "follow the profile spain"
cat >"$work/detained.jsonl" <<'JSONL'
{"type":"person.registered","occurred_at":"2026-03-01T08:00:00Z","person_id":"P-1","given_name":"Karim","family_name":"Haddad","nationalities":["DZA"],"birth_date":"1995"}
{"type":"detention.started","occurred_at":"2026-03-01T10:00:00Z","person_id":"P-1","facility":"CIE Aluche","location":{"country":"ESP"}}
JSONL
"$haven" --db "$alerts_db" import "$work/detained.jsonl" >/dev/null 2>&1
out=$("$haven" --db "$alerts_db" alerts --as-of 2026-03-02T09:00:00Z --rule consular.rights_not_informed 2>&1)
check "alerts: consular rights due within the day" contains "$out" "due     consular.rights_not_informed"
check "alerts cite their provisions" contains "$out" "VCCR art.36(1)(b)"
out=$("$haven" --db "$alerts_db" --format json alerts --as-of 2026-05-01 2>&1)
check "alerts: Spain's 60 days are exceeded by 1 May" contains "$out" '"rule":"detention.max_exceeded","status":"overdue"'
out=$("$haven" --db "$alerts_db" --format json alerts --as-of 2026-05-01 --profile france 2>&1)
check "--profile overrides the installation's (France: 90 days)" contains "$out" '"rule":"detention.max_exceeded","status":"due"'
out=$("$haven" --db "$alerts_db" alerts --summary --as-of 2026-05-01 2>&1)
check "alerts --summary counts by rule and status" contains "$out" "overdue detention.max_exceeded"
out=$("$haven" --db "$alerts_db" --format json alerts --summary --as-of 2026-05-01 2>&1)
check "alerts --summary as JSON" contains "$out" '{"rule":"detention.max_exceeded","status":"overdue","count":1}'
out=$("$haven" --db "$alerts_db" --format json alerts --summary --as-of 2026-05-01 --profile france 2>&1)
check "alerts --summary under another profile reads the log" excludes "$out" '"rule":"detention.max_exceeded","status":"overdue"'
out=$("$haven" --db "$alerts_db" alerts --person P-1 --as-of 2026-03-02T09:00:00Z 2>&1)
check "alerts of one person" contains "$out" "consular.rights_not_informed  P-1"
out=$("$haven" --db "$alerts_db" alerts --person P-404 2>&1); rc=$?
check "alerts of an unknown person exit 3" test "$rc" -eq 3
out=$("$haven" --db "$alerts_db" alerts --as-of yesterday 2>&1); rc=$?
check "a bad --as-of is refused naming the flag" contains "$out" "--as-of"
check "a bad --as-of exits 2" test "$rc" -eq 2

# Protection cases: opened and worked by events, shown and listed, closing only with approval.
cases_db="$work/cases.db"
"$haven" --db "$cases_db" init >/dev/null
cat >"$work/case.jsonl" <<'JSONL'
{"type":"person.registered","occurred_at":"2026-03-01T10:00:00Z","person_id":"P-1","given_name":"Amina","family_name":"Haddad"}
{"type":"case.opened","occurred_at":"2026-03-01T11:00:00Z","case_id":"C-1","person_id":"P-1","agency":"Casa Alianza"}
{"type":"case.assigned","occurred_at":"2026-03-01T12:00:00Z","case_id":"C-1","caseworker":"Lucía Gómez"}
{"type":"case.action_planned","occurred_at":"2026-03-02T09:20:00Z","case_id":"C-1","action_id":"medical","action":"medical examination","due":"2026-03-05"}
JSONL
out=$("$haven" --db "$cases_db" import "$work/case.jsonl" 2>&1)
check "cases are opened by importing events" contains "$out" "Recorded 4 events"
out=$("$haven" --db "$cases_db" case show C-1 2>&1)
check "case show gives the caseworker" contains "$out" "Lucía Gómez"
check "case show gives the plan" contains "$out" "medical: medical examination"
check "case show gives the computed risk" contains "$out" ", computed"
out=$("$haven" --db "$cases_db" cases list --overdue 2>&1)
check "cases list --overdue finds the late examination" contains "$out" "C-1"
out=$("$haven" --db "$cases_db" queue --caseworker "Lucía Gómez" 2>&1)
check "queue lists the overdue plan action" contains "$out" "overdue 2026-03-05  C-1          medical: medical examination"
out=$("$haven" --db "$cases_db" queue 2>&1); rc=$?
check "queue without --caseworker exits 2" test "$rc" -eq 2
out=$("$haven" --db "$cases_db" --format json cases list --unassigned 2>&1)
check "cases list --unassigned as JSON" test "$out" = "[]"
echo '{"type":"case.closed","occurred_at":"2026-03-21T10:00:00Z","case_id":"C-1"}' >"$work/close.jsonl"
out=$("$haven" --db "$cases_db" import "$work/close.jsonl" 2>&1); rc=$?
check "closing a case without approval is refused" contains "$out" "supervisor's approval"
check "the refused closing exits 1" test "$rc" -eq 1
out=$("$haven" --db "$cases_db" case show C-404 2>&1); rc=$?
check "case show of an unknown case exits 3" test "$rc" -eq 3
out=$("$haven" --db "$cases_db" cases list --risk dire 2>&1); rc=$?
check "a bad --risk is refused naming the flag" contains "$out" "--risk"
check "a bad --risk exits 2" test "$rc" -eq 2

# Services, referrals with consent, screening forms, tracing and returns.
cat >"$work/services.jsonl" <<'JSONL'
{"type":"provider.registered","occurred_at":"2026-03-01T09:00:00Z","provider_id":"PR-1","name":"Clinica San Marco","services":["medical","psychosocial"],"languages":["it","ar"],"location":{"country":"ITA","place":"Palermo"},"capacity":40}
{"type":"provider.registered","occurred_at":"2026-03-01T09:00:00Z","provider_id":"PR-2","name":"Avvocati di strada","services":["legal"],"languages":["it"],"location":{"country":"ITA","place":"Bologna"}}
{"type":"referral.made","occurred_at":"2026-03-03T09:00:00Z","referral_id":"R-2","person_id":"P-1","service":"medical","provider_id":"PR-1","consent":true}
{"type":"screening.recorded","occurred_at":"2026-03-03T10:00:00Z","person_id":"P-1","form":"washington_group_short_set","answers":{"seeing":"no_difficulty","hearing":"no_difficulty","walking":"a_lot_of_difficulty","cognition":"no_difficulty","self_care":"no_difficulty","communication":"no_difficulty"}}
{"type":"tracing.requested","occurred_at":"2026-03-04T10:00:00Z","request_id":"TR-1","sought":{"given_name":"Amina","family_name":"Hadad","sex":"F"},"requester":"her mother"}
{"type":"return.planned","occurred_at":"2026-03-05T10:00:00Z","person_id":"P-1","destination":"ERI"}
JSONL
out=$("$haven" --db "$cases_db" import "$work/services.jsonl" 2>&1); rc=$?
check "providers, referrals and a screening are recorded by import" contains "$out" "Recorded 6 events"
out=$("$haven" --db "$cases_db" providers list --service legal 2>&1)
check "providers list filters by service" contains "$out" "PR-2"
check "providers list leaves out other services" excludes "$out" "PR-1"
out=$("$haven" --db "$cases_db" providers list --language xx 2>&1); rc=$?
check "a bad --language is refused naming the flag" contains "$out" "--language"
check "a bad --language exits 2" test "$rc" -eq 2
out=$("$haven" --db "$cases_db" referrals list --provider PR-1 --status made 2>&1)
check "referrals awaiting a provider's answer" contains "$out" "R-2"
out=$("$haven" --db "$cases_db" --format json referrals show R-2 2>&1)
check "a referral shows the provider's access" contains "$out" '"provider_has_access":true'
out=$("$haven" --db "$cases_db" --format json person show P-1 2>&1)
check "a screening's finding comes with its reason" contains "$out" '"vulnerability_reasons":[{"at"'
out=$("$haven" --db "$cases_db" forms list 2>&1)
check "forms list shows the built-in forms" contains "$out" "washington_group_short_set"
printf '%s' '{"form":"shelter_intake","version":1,"title":"Shelter intake","source":"the shelter","questions":[{"id":"slept_outside","text":"Did you sleep outside last night?","type":"yes_no"}],"findings":[{"flag":"needs_shelter","reason":"slept outside","when":{"question":"slept_outside","is":true}}]}' >"$work/form.json"
out=$("$haven" --db "$cases_db" forms add "$work/form.json" 2>&1)
check "forms add takes an agency's own form" contains "$out" "shelter_intake version 1"
sed -i 's/Shelter intake/Night shelter intake/' "$work/form.json"
out=$("$haven" --db "$cases_db" forms add "$work/form.json" 2>&1); rc=$?
check "a changed form under the same version is refused" contains "$out" "never changes"
check "the refused form exits 1" test "$rc" -eq 1
# The engine learns chance agreement from the registry itself: in a copy of this database,
# two hundred demo persons stand for the rest of it.
tracing_db="$work/tracing.db"
cp "$cases_db" "$tracing_db"; cp "$cases_db.keys" "$tracing_db.keys" 2>/dev/null
"$haven" --db "$tracing_db" demo --persons 200 >/dev/null 2>&1
out=$("$haven" --db "$tracing_db" tracing candidates TR-1 2>&1)
check "tracing candidates finds her under another spelling" contains "$out" "P-1 "
# Statistics of the period: the indicators with their paragraphs, a table with margins.
out=$("$haven" --db "$tracing_db" --purpose "annual report" stats --period 2026 2>&1); rc=$?
check "stats prints the indicators" test "$rc" -eq 0
check "stats names the paragraph an indicator informs" contains "$out" "A/RES/66/172 op.4(g)"
check "stats counts the registered" contains "$out" "persons_registered"
check "stats measures impunity" contains "$out" "incidents_convicted_share"
check "stats counts families reunified" contains "$out" "families_reunified"
out=$("$haven" --db "$tracing_db" --purpose "annual report" stats --period 2026 --table detained_at_end 2>/dev/null)
check "stats writes a table with its dimensions" contains "$(head -1 <<<"$out")" "SEX,SEX_LABEL,AGE,AGE_LABEL,CITIZENSHIP"
check "stats writes the grand total" contains "$out" "_T,Total,_T,Total,_T,Total,_T,Total,"
check "a table flags its suppressed cells, never giving them a value" contains "$out" ",suppressed ("
out=$("$haven" --db "$tracing_db" --purpose "annual report" stats --period 2026 --table registered_by_route_role --format sdmx-csv 2>/dev/null)
check "stats writes the route-role table as SDMX-CSV" contains "$(head -1 <<<"$out")" "SEX,AGE,ROUTE_ROLE,REF_AREA"
out=$("$haven" --db "$tracing_db" --purpose "annual report" stats --period 2026 --table registered_by_agency --format hxl 2>/dev/null)
check "stats counts the registered by agency, tagged #org" contains "$(sed -n 2p <<<"$out")" "#org"
check "the demo's registrations name agencies, and some do not" contains "$out" "Not recorded"
out=$("$haven" --db "$tracing_db" --purpose "annual report" stats --period 2026 --profile spain 2>&1)
check "stats measures detention against the profile's maximum" contains "$out" "detention_over_max_share"
check "stats names the profile it measured against" contains "$("$haven" --db "$tracing_db" --purpose "annual report" stats --period 2026 --profile spain --format csv 2>&1)" "60 days, profile spain"
out=$("$haven" --db "$tracing_db" --purpose "annual report" stats --period 2026 --table registered_by_age --format sdmx-ml -o "$work/ages.xml" 2>&1); rc=$?
check "stats writes SDMX-ML" test "$rc" -eq 0
check "the SDMX-ML validates against the SDMX 2.1 schema" xmllint --noout --schema "$root/data/stats/sdmx-ml-2.1/SDMXMessage.xsd" "$work/ages.xml"
# Every published table, as SDMX-ML and with its structure, validates against the schema.
tables=$("$haven" stats --list | awk '{print $1}')
invalid=""
for t in $tables; do
  "$haven" --db "$tracing_db" --purpose "annual report" stats --period 2026 --table "$t" --format sdmx-ml -o "$work/$t.xml" >/dev/null 2>&1 &&
    "$haven" --db "$tracing_db" --purpose "annual report" stats --period 2026 --table "$t" --format sdmx-structure -o "$work/$t-structure.xml" >/dev/null 2>&1 &&
    xmllint --noout --schema "$root/data/stats/sdmx-ml-2.1/SDMXMessage.xsd" "$work/$t.xml" "$work/$t-structure.xml" >/dev/null 2>&1 ||
    invalid="$invalid $t"
done
check "every table's SDMX-ML data and structure validate (failing:$invalid)" test -z "$invalid"
check "there are tables to publish" test "$(wc -w <<<"$tables")" -ge 5
# Every indicator has a value for the demo data under one profile or the other: the share of
# mandatory consular notices needs a profile that makes notice mandatory for some
# nationalities (united-states), the share over the detention maximum one that sets a
# maximum (international).
# The demo's dates follow today's, so 200 persons may hold no completed referral of a rarer
# service; 3,000 hold some of every kind.
indicators_db="$work/indicators.db"
"$haven" --db "$indicators_db" init >/dev/null 2>&1
"$haven" --db "$indicators_db" demo --persons 3000 >/dev/null 2>&1
international=$("$haven" --db "$indicators_db" --purpose "annual report" stats --period 2026 --format json 2>/dev/null)
united_states=$("$haven" --db "$indicators_db" --purpose "annual report" stats --period 2026 --profile united-states --format json 2>/dev/null)
unmeasured=$(python3 -c '
import json, sys
first = json.loads(sys.argv[1])["indicators"]
second = {i["id"]: i for i in json.loads(sys.argv[2])["indicators"]}
print(" ".join(i["id"] for i in first if i["value"] is None and second[i["id"]]["value"] is None))
' "$international" "$united_states")
check "every indicator has a value for the demo data (none:$unmeasured)" test -z "$unmeasured"
out=$("$haven" --db "$tracing_db" --purpose "annual report" stats --period 2026 --table registered_by_age --format hxl 2>&1)
check "stats writes HXL hashtags" contains "$out" "#affected +migrants"
out=$("$haven" --db "$tracing_db" --purpose "annual report" stats --period 2026 --table registered_by_age --format xlsx 2>&1); rc=$?
check "a workbook without -o is refused naming --output" contains "$out" "output"
out=$("$haven" --db "$tracing_db" --purpose "annual report" stats audit --period 2026 2>&1); rc=$?
check "the audit passes every published table" test "$(grep -c ': passed$' <<<"$out")" -eq "$(wc -w <<<"$tables")"
check "the audit exits 0 when it passes" test "$rc" -eq 0
out=$("$haven" --db "$tracing_db" --purpose "annual report" stats audit --period 2026 --table detained_at_end --exact 2>&1); rc=$?
check "the exact audit gives the narrowest interval" contains "$out" "narrowest interval"
check "the exact audit passes" test "$rc" -eq 0
out=$("$haven" --db "$tracing_db" stats audit --period 2026 --round 5 2>&1); rc=$?
check "the audit refuses a rounded table, naming --round" contains "$out" "round"
out=$("$haven" --db "$tracing_db" stats --period 2026-13 2>&1); rc=$?
check "stats refuses a bad period naming it" contains "$out" "period"
check "a bad period exits 1 (invalid input)" test "$rc" -eq 1
out=$("$haven" --db "$tracing_db" stats --period 2026 --table nobody 2>&1); rc=$?
check "stats refuses an unknown table, listing the tables" contains "$out" "registered_by_age"
out=$("$haven" --db "$cases_db" returns P-1 2>&1)
check "a screening counts as the vulnerability assessment a return needs" contains "$out" "vulnerability_assessment    done"
out=$("$haven" --db "$cases_db" tracing list --status open 2>&1)
check "tracing list shows the open request" contains "$out" "TR-1"
out=$("$haven" --db "$cases_db" incidents list --stage tried 2>&1); rc=$?
check "a bad --stage is refused naming the flag" contains "$out" "--stage"
check "a bad --stage exits 2" test "$rc" -eq 2
out=$("$haven" --db "$cases_db" returns P-404 2>&1); rc=$?
check "returns of an unknown person exits 3" test "$rc" -eq 3

# Accounts: one-time passwords, tokens for scripts, disabling and resetting.
out=$("$haven" --db "$cases_db" user add lucia.gomez --role caseworker --agency "Casa Alianza" --place MEX 2>&1)
check "user add prints a one-time password" contains "$out" "One-time password, shown only now"
out=$("$haven" --db "$cases_db" user add amal --role superuser --agency UNHCR 2>&1); rc=$?
check "a role that does not exist is refused naming it" contains "$out" "role: 'superuser' is not one of"
check "the refused account exits 1" test "$rc" -eq 1
out=$(echo "password2026" | "$haven" --db "$cases_db" user add amal --role supervisor --agency UNHCR --password-stdin 2>&1); rc=$?
check "a common password is refused" contains "$out" "password:"
token=$("$haven" --db "$cases_db" user token lucia.gomez --days 7 2>/dev/null)
check "user token prints only the token" test "${#token}" -eq 64
out=$("$haven" --db "$cases_db" user reset lucia.gomez 2>&1)
check "user reset prints a new one-time password" contains "$out" "One-time password for lucia.gomez"
"$haven" --db "$cases_db" user disable lucia.gomez >/dev/null 2>&1
out=$("$haven" --db "$cases_db" user list 2>&1)
check "user list shows the disabled account" contains "$out" "disabled"
out=$("$haven" --db "$cases_db" user add consul.hnd --role consular_officer --agency "Consulate of Honduras" 2>&1); rc=$?
check "a consular officer must name the State they represent" contains "$out" "represents:"
out=$("$haven" --db "$cases_db" user add consul.hnd --role consular_officer --agency "Consulate of Honduras" --represents HND 2>&1)
check "a consular officer is created with --represents" contains "$out" "Created consul.hnd"
out=$("$haven" --db "$cases_db" user add nurse.ana --role service_provider --agency "Clinica" 2>&1)
check "a service provider must name its provider" contains "$out" "works for a provider of the directory"
out=$("$haven" --db "$cases_db" user add nurse.ana --role service_provider --agency "Clinica" --represents "../x" 2>&1)
check "a provider id is checked" contains "$out" "is not a provider id"
out=$("$haven" --db "$cases_db" user add nurse.ana --role service_provider --agency "Clinica" --represents PR-MED 2>&1)
check "a service provider is created with --represents" contains "$out" "Created nurse.ana"
out=$("$haven" --db "$cases_db" user add lucia.b --role caseworker --agency "Clinica" --represents PR-MED 2>&1)
check "a caseworker represents no one" contains "$out" "only a consular officer or a service provider"
out=$("$haven" --db "$cases_db" agency enforcement "Border Police" 2>&1)
check "agency enforcement marks an agency" contains "$out" "is marked as enforcement"
out=$("$haven" --db "$cases_db" agency list 2>&1)
check "agency list shows the enforcement mark" contains "$out" "Border Police  (enforcement)"
check "agency list shows agencies with users" contains "$out" "Casa Alianza"
"$haven" --db "$cases_db" agency enforcement "Border Police" --off >/dev/null 2>&1
out=$("$haven" --db "$cases_db" agency list 2>&1)
check "agency enforcement --off removes the mark" excludes "$out" "(enforcement)"
check "the database keeps no token" excludes "$(strings "$cases_db"* 2>/dev/null)" "$token"

echo "a long passphrase of Ana" | "$haven" --db "$db" user add ana.caseworker --role caseworker --agency "Casa Alianza" --password-stdin >/dev/null 2>&1
echo "another long passphrase" | "$haven" --db "$db" user add sam.statistician --role statistician --agency INE --password-stdin >/dev/null 2>&1
api_token=$("$haven" --db "$db" user token ana.caseworker --days 1 2>/dev/null)
stats_token=$("$haven" --db "$db" user token sam.statistician --days 1 2>/dev/null)
"$haven" --db "$db" serve --port 0 >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do grep -qs "serving" "$work/serve.log" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | head -1)
api() { curl -s -H "Authorization: Bearer $api_token" "$@"; }
out=$(curl -s -o /dev/null -w '%{http_code}' "$url/api/v1/persons/P-1")
check "serve refuses a person without a session (401)" test "$out" = 401
out=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $stats_token" "$url/api/v1/persons/P-1")
check "serve refuses a person to a statistician (403)" test "$out" = 403
out=$(api "$url/api/v1/persons/P-1")
check "serve answers a person over HTTP to a caseworker's token" contains "$out" '"person_id":"P-1"'
out=$(curl -s -i -H 'Content-Type: application/json' -d '{"name":"ana.caseworker","password":"a long passphrase of Ana"}' "$url/api/v1/session")
check "sign-in sets an HttpOnly, Secure, SameSite=Strict cookie" contains "$out" "HttpOnly; Secure; SameSite=Strict"
out=$(curl -s "$url/")
check "serve gives the web workspace at /" contains "$out" '<div id="app">'
asset=$(grep -o '/assets/[^"]*\.js' <<<"$out" | head -1)
out=$(curl -s -D - "$url$asset")
check "the workspace's script is served with a long cache" contains "$out" "immutable"
check "the workspace runs under a CSP with no inline script" contains "$out" "script-src 'self'"
out=$(api "$url/api/v1/law/provisions/A%2FRES%2F66%2F172%20op.4(g)")
check "serve answers a provision by citation id" contains "$out" '"kind":"sub-paragraph"'
out=$(api "$url/api/v1/alerts?as_of=2026-03-10&rule=consular.rights_not_informed")
check "serve lists alerts as of a date" contains "$out" '"person_id":"P-1"'
out=$(api "$url/api/v1/persons/P-1")
check "the person's view carries their alerts" contains "$out" '"alerts":[{"rule"'
# A key rotation while the server runs: it reads what was re-sealed, and writes under the
# new key, which alone is left in the key file.
out=$("$haven" --db "$db" keys rotate 2>&1); rc=$?
check "keys rotate re-seals while serving" test "$rc" -eq 0
check "keys rotate says what it did" contains "$out" "rows under key 2"
check "the key file keeps only the new key" test "$(grep -c '^key ' "$db.keys")" -eq 1
check "the key file stays private" test "$(stat -c %a "$db.keys")" = 600
out=$(api "$url/api/v1/persons/P-1")
check "the server reads what the rotation re-sealed" contains "$out" '"given_name":"Amanuel"'
out=$(api -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{"type":"consular.visited","occurred_at":"2026-03-06T10:00:00Z","person_id":"P-1"}' "$url/api/v1/events")
check "the server writes after a rotation" test "$out" = 201
kill -TERM "$server"; wait "$server"; rc=$?
check "serve stops cleanly on TERM" test "$rc" -eq 0
out=$("$haven" --db "$db" person show P-1 2>&1)
check "what the server wrote after the rotation opens with the new key" contains "$out" "consular.visited"
out=$("$haven" --db "$db" audit list --action keys_rotated 2>&1)
check "a rotation is written to the audit log" contains "$out" "keys_rotated"
check "a copy of the database shows no name" excludes "$(strings "$db"* | grep -v '^key ')" "Amanuel"
cp "$db" "$work/stolen.db"
out=$("$haven" --db "$work/stolen.db" person show P-1 2>&1); rc=$?
check "a copied database without its key file is refused" contains "$out" "key file"
check "a missing key file exits 4" test "$rc" -eq 4
out=$(HAVEN_KEY=$(printf '0%.0s' $(seq 64)) "$haven" --db "$work/stolen.db" person show P-1 2>&1); rc=$?
check "a copied database with another key is refused" contains "$out" "do not open this database"
check "another key exits 1" test "$rc" -eq 1
out=$("$haven" --db "$db" audit list --user ana.caseworker 2>&1)
check "audit list shows the caseworker's read of P-1" contains "$out" "/api/v1/persons/P-1"
out=$("$haven" --db "$db" audit list --action sign_in 2>&1)
check "audit list shows the sign-in" contains "$out" "ana.caseworker"
out=$("$haven" --db "$db" audit verify 2>&1); rc=$?
check "audit verify finds the log intact" contains "$out" "The audit log is intact"
check "an intact log exits 0" test "$rc" -eq 0
"$haven" --db "$db" person export P-1 --html --output "$work/P-1.html" 2>/dev/null
check "person export --html writes a readable page" contains "$(cat "$work/P-1.html")" "What Haven holds about P-1"
out=$("$haven" --db "$db" person export P-1 2>&1)
check "person export gives JSON with every event" contains "$out" '"events": ['
out=$("$haven" --db "$db" audit list --action export 2>&1)
check "an export is written to the audit log" contains "$out" "/api/v1/persons/P-1"
"$haven" --db "$db" --purpose "weekly review" person show P-2 >/dev/null 2>&1
out=$("$haven" --db "$db" audit list --target /api/v1/persons/P-2 2>&1)
check "a person read on the command line is audited with its purpose" contains "$out" "(weekly review)"
"$haven" --db "$db" persons search tesfay >/dev/null 2>&1
out=$("$haven" --db "$db" audit list --target /api/v1/persons 2>&1)
check "a search on the command line is audited" contains "$out" "q=tesfay"
"$haven" --db "$db" export -o "$work/all.jsonl" 2>/dev/null
out=$("$haven" --db "$db" audit list --action export 2>&1)
check "an export of every event is audited" contains "$out" "/api/v1/events"
out=$("$haven" --db "$db" person export P-404 2>&1); rc=$?
check "exporting an unknown person exits 3" test "$rc" -eq 3
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE audit_log SET user='nobody' WHERE seq=2\"); c.commit()" "$db"
out=$("$haven" --db "$db" audit verify 2>&1); rc=$?
check "audit verify names an edited entry" contains "$out" "entry 2 was edited"
check "a tampered log exits 5" test "$rc" -eq 5

# Retention: a case closed in 2019 is anonymised five years on (the international profile).
ret_db="$work/retention.db"
"$haven" --db "$ret_db" init >/dev/null
cat >"$work/retention.jsonl" <<'JSONL'
{"type":"person.registered","occurred_at":"2019-01-01T10:00:00Z","person_id":"P-R","given_name":"Samira","family_name":"Qasem","birth_date":"1991-02-03"}
{"type":"case.opened","occurred_at":"2019-01-02T10:00:00Z","case_id":"C-R","person_id":"P-R","agency":"Shelter","reason":"fled a forced marriage"}
{"type":"case.closure_requested","occurred_at":"2019-02-01T10:00:00Z","case_id":"C-R"}
{"type":"case.closure_approved","occurred_at":"2019-02-02T10:00:00Z","case_id":"C-R","supervisor":"Maria"}
{"type":"case.closed","occurred_at":"2019-02-03T10:00:00Z","case_id":"C-R"}
JSONL
"$haven" --db "$ret_db" import "$work/retention.jsonl" >/dev/null 2>&1
out=$("$haven" --db "$ret_db" retention apply --dry-run --as-of 2023-01-01 2>&1)
check "retention keeps a record within its period" contains "$out" "Would anonymise 0 of 1 persons"
out=$("$haven" --db "$ret_db" retention apply --dry-run 2>&1)
check "retention --dry-run lists who is due" contains "$out" "Would anonymise 1 of 1 persons"
check "a dry run changes nothing" contains "$("$haven" --db "$ret_db" person show P-R 2>&1)" "Samira"
out=$("$haven" --db "$ret_db" retention apply 2>&1)
check "retention apply anonymises who is due" contains "$out" "Anonymised 1 of 1 persons"
check "retention apply names the policy" contains "$out" "profile international: 1826 days"
out=$("$haven" --db "$ret_db" --format json person show P-R 2>&1)
check "an anonymised person has no name" excludes "$out" "Samira"
check "an anonymised person keeps a birth year" contains "$out" '"birth_date":"1991"'
check "an anonymised case loses its reason" excludes "$("$haven" --db "$ret_db" --format json case show C-R 2>&1)" "forced marriage"
out=$("$haven" --db "$ret_db" audit list --action retention_applied 2>&1)
check "retention is written to the audit log" contains "$out" "/api/v1/persons/P-R"
out=$("$haven" --db "$ret_db" retention apply --as-of yesterday-ish 2>&1); rc=$?
check "a bad --as-of is named" contains "$out" "--as-of"
check "a bad --as-of exits 2, as a usage error" test "$rc" -eq 2

# haven link: partners' lists, across scripts, without a database.
cat >"$work/shelter.csv" <<'CSV'
ref,name,dob,sex
S1,Mohamed Abdelrahman,1990-03-04,M
S2,Fatima Haddad,1985-01-01,F
S3,"Osman, Khalid",1979,M
CSV
cat >"$work/consulate.csv" <<'CSV'
ref,name,dob,sex
C1,محمد عبد الرحمن,1990-04-03,M
C2,Yusuf Nasser,2001-07-07,M
C3,Fatma Hadad,19850101,F
C4,Layla Said,19991332,F
CSV
out=$("$haven" link files "$work/shelter.csv" "$work/consulate.csv" --columns id=ref,full_name=name,birth_date=dob,sex=sex --explain 2>"$work/link.err"); rc=$?
check "link files succeeds" test "$rc" -eq 0
check "link files writes the CSV header" contains "$(head -1 <<<"$out")" "left_id,right_id,score,decision,explanation"
check "link files finds a name across scripts" contains "$out" "S1,C1,"
check "link files forgives a spelling" contains "$out" "S2,C3,"
check "link files does not pair strangers" excludes "$out" "S1,C2"
check "link files explains a pair" contains "$out" "birth_date day and month swapped"
check "link files reports the candidate pairs" contains "$(cat "$work/link.err")" "candidate pairs"
check "link files reports what each blocking pass compared" contains "$(cat "$work/link.err")" "names + birth year: "
check "link files notes a date it cannot read, with its line" contains "$(cat "$work/link.err")" "line 5: birth_date"
out=$("$haven" link file "$work/shelter.csv" --columns id=ref,name=name 2>&1); rc=$?
check "link names a wrong --columns field" contains "$out" "'name' is not a field"
check "a wrong --columns fails" test "$rc" -ne 0
out=$("$haven" link file "$work/shelter.csv" --columns id=ref,full_name=nom 2>&1); rc=$?
check "link names a missing column" contains "$out" "no column 'nom'"

# link dedupe over the registry, and acting on a pair: person merge / unmerge.
ddb="$work/dedupe.db"
"$haven" --db "$ddb" init >/dev/null 2>&1
cat >"$work/registry.jsonl" <<'JSONL'
{"type":"person.registered","occurred_at":"2026-03-01T10:00:00Z","person_id":"D-1","given_name":"Mohamed","family_name":"Abdelrahman","sex":"M","birth_date":"1990-05-01","nationalities":["SDN"]}
{"type":"person.registered","occurred_at":"2026-03-02T10:00:00Z","person_id":"D-2","given_name":"Muhammad","family_name":"Abdelrahman","sex":"M","birth_date":"1990-05-01","nationalities":["SDN"]}
{"type":"person.registered","occurred_at":"2026-03-03T10:00:00Z","person_id":"D-3","given_name":"Fatma","family_name":"Haddad","sex":"F","birth_date":"1985-01-01","nationalities":["SYR"]}
{"type":"person.registered","occurred_at":"2026-03-04T10:00:00Z","person_id":"D-4","given_name":"Layla","family_name":"Said","sex":"F","birth_date":"1999-12-13","nationalities":["EGY"]}
{"type":"person.registered","occurred_at":"2026-03-05T10:00:00Z","person_id":"D-5","given_name":"Fatima","family_name":"Hadad","sex":"F","birth_date":"1985-01-01","nationalities":["SYR"]}
{"type":"person.registered","occurred_at":"2026-03-06T10:00:00Z","person_id":"D-6","given_name":"Juan","family_name":"Pérez","sex":"M","birth_date":"1977-07-07","nationalities":["MEX"]}
{"type":"detention.started","occurred_at":"2026-03-07T10:00:00Z","person_id":"D-2","facility":"Tapachula"}
JSONL
"$haven" --db "$ddb" import "$work/registry.jsonl" >/dev/null 2>&1
out=$("$haven" --db "$ddb" link dedupe -o "$work/pairs.csv" 2>"$work/dedupe.err"); rc=$?
check "link dedupe succeeds" test "$rc" -eq 0
pairs=$(cat "$work/pairs.csv")
check "link dedupe writes the CSV header" test "$(head -1 <<<"$pairs")" = "left_id,right_id,score,decision"
check "link dedupe finds a respelt registration" contains "$pairs" "D-1,D-2,"
check "link dedupe finds another" contains "$pairs" "D-3,D-5,"
check "link dedupe does not pair strangers" excludes "$pairs" "D-4"
check "link dedupe reports the candidate pairs" contains "$(cat "$work/dedupe.err")" "candidate pairs"
out=$("$haven" --db "$ddb" link dedupe --explain 2>/dev/null)
check "link dedupe explains with --explain" contains "$(head -1 <<<"$out")" ",explanation"
out=$("$haven" --db "$ddb" link dedupe --review 0.99 --match 0.9 2>&1); rc=$?
check "link dedupe refuses thresholds out of order" contains "$out" "review: thresholds"
check "bad thresholds exit 1" test "$rc" -eq 1
out=$("$haven" --db "$ddb" link dedupe --help 2>&1)
check "link dedupe --help says how to merge" contains "$out" "haven person merge"

out=$("$haven" --db "$ddb" person merge D-2 --into D-1 --reason "same passport" 2>&1); rc=$?
check "person merge records the merge" contains "$out" "Merged D-2 into D-1"
check "person merge exits 0" test "$rc" -eq 0
out=$("$haven" --db "$ddb" link dedupe 2>/dev/null)
check "a merged duplicate is not compared again" excludes "$out" "D-2"
out=$("$haven" --db "$ddb" persons search Abdelrahman 2>/dev/null)
check "the registry marks a merged duplicate" contains "$out" "merged into D-1"
out=$("$haven" --db "$ddb" --format json person show D-1 2>&1)
check "the kept person's timeline has the duplicate's detention" contains "$out" '"facility":"Tapachula"'
check "the merge is on the timeline with its actor" contains "$out" '"actor":"cli:'
check "the merge keeps its reason" contains "$out" '"reason":"same passport"'
out=$("$haven" --db "$ddb" alerts 2>&1)
check "the duplicate's alerts are the kept person's" contains "$out" "D-1"
check "the duplicate raises no alert of its own" excludes "$out" "D-2"
out=$("$haven" --db "$ddb" person merge D-2 --into D-3 2>&1); rc=$?
check "merging a merged registration is refused" contains "$out" "person_id: 'D-2' is already merged into 'D-1'"
check "a refused merge exits 1" test "$rc" -eq 1
out=$("$haven" --db "$ddb" person merge D-3 --into D-2 2>&1)
check "merging into a merged registration is refused" contains "$out" "into: 'D-2' is itself merged into 'D-1'"
out=$("$haven" --db "$ddb" person merge D-1 --into D-1 2>&1)
check "merging into itself is refused" contains "$out" "into: must name another person"
out=$("$haven" --db "$ddb" person merge D-9 --into D-1 2>&1)
check "merging an unknown id is refused" contains "$out" "person_id: no person 'D-9'"
out=$("$haven" --db "$ddb" person unmerge D-3 --from D-1 2>&1); rc=$?
check "unmerging a pair not merged is refused" contains "$out" "into: 'D-3' is not merged into 'D-1'"
check "a refused unmerge exits 1" test "$rc" -eq 1
out=$("$haven" --db "$ddb" person unmerge D-2 --from D-1 --reason "different mothers" 2>&1); rc=$?
check "person unmerge records the unmerge" contains "$out" "Unmerged D-2 from D-1"
out=$("$haven" --db "$ddb" --format json person show D-1 2>&1)
check "after the unmerge the duplicate's events are its own again" excludes "$out" '"facility":"Tapachula"'
check "the unmerge stays on the kept person's timeline" contains "$out" '"type":"person.unmerged"'
out=$("$haven" --db "$ddb" alerts 2>&1)
check "after the unmerge the alerts are the duplicate's again" contains "$out" "D-2"

# Deaths and disappearances exchanged with IOM's Missing Migrants Project: the real export of
# 2026 (tests/data/mmp, CC BY 4.0) checked, imported, imported again and exported back.
mmp="$(cd "$(dirname "$0")/../../data/mmp" && pwd)/iom_missing_migrants_global_2026_raw.csv"
mdb="$work/mmp.db"
"$haven" --db "$mdb" init >/dev/null
out=$("$haven" --db "$mdb" import mmp --check "$mmp" 2>&1); rc=$?
check "import mmp --check counts the valid rows" contains "$out" "238 rows, 233 valid (checked only"
check "a refused row names line, column and reason" contains "$out" "line 162: Number of Survivors: a count cannot be negative (-1)"
check "rows whose breakdown outnumbers the victims are refused" contains "$out" "line 141: Number of Females: females and males (15) outnumber the dead and missing (11)"
check "a check with refused rows exits 1" test "$rc" -eq 1
out=$("$haven" --db "$mdb" export mmp 2>&1)
check "a check records nothing" excludes "$out" "2026.MMP"
out=$("$haven" --db "$mdb" --format json import mmp "$mmp" 2>&1)
check "import mmp records the valid rows" contains "$out" '"recorded":233'
check "import mmp lists the refused lines" contains "$out" '"refused_lines":[141,162,197,203,225]'
check "import mmp reports errors by column" contains "$out" '"column":"Minimum Estimated Number of Missing"'
out=$("$haven" --db "$mdb" import mmp "$mmp" 2>&1)
check "importing again records nothing new" contains "$out" "recorded 0 incidents, 233 already recorded"
out=$("$haven" --db "$mdb" export mmp -o "$work/mmp_export.csv" 2>&1)
check "export mmp writes every incident" contains "$out" "Wrote 233 incidents"
sed '141d;162d;197d;203d;225d' "$mmp" >"$work/mmp_valid.csv"
check "export mmp gives back the valid rows byte for byte" cmp -s "$work/mmp_valid.csv" "$work/mmp_export.csv"
out=$("$haven" --db "$mdb" export mmp 2>&1)
check "export mmp writes MMP's header" contains "$out" '"Main ID","Incident ID",Region,"Incident Date"'
out=$("$haven" --db "$mdb" import mmp "$work/good.jsonl" 2>&1); rc=$?
check "a file that is not an MMP export is refused whole" contains "$out" "line 1: header:"
check "a refused file exits with a usage error" test "$rc" -ne 0
out=$("$haven" --db "$mdb" import 2>&1); rc=$?
check "import without a file says what to name" contains "$out" "haven import mmp FILE.csv"
check "import without a file fails" test "$rc" -ne 0

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
