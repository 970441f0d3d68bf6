# Shared by the reliability scripts: a database per run, the application in the background, psql.
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="$repo/src/Reconciliation.Api/bin/Release/net10.0"
work="${RELIABILITY_WORK:-$(mktemp -d /tmp/reliability-XXXXXX)}"
app_url="$("$repo/ops/pg" url)" # the application's role, owner of each script's database
psql_bin="$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | tail -1)"
key="imss_reliability-operator-key"
key_hash="$(printf '%s' "$key" | sha256sum | cut -d' ' -f1)"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

sql() { # sql DB "query" -> rows, fields separated by |
  PGPASSFILE="$repo/.data/pg.pgpass" "$psql_bin" -h 127.0.0.1 -p "${RECONCILIATION_PG_PORT:-55432}" \
    -U reconciliation_scratch -d "$1" -v ON_ERROR_STOP=1 -qtA -c "$2"
}

# As the role that may create databases (and nothing more); each belongs to the application's role.
fresh_db() {
  sql postgres "drop database if exists \"$1\" with (force)"
  sql postgres "create database \"$1\" owner reconciliation_app"
}

# start_app NAME DB PORT: the API with its jobs' handlers, in the background; its pid in $work/NAME.pid
start_app() {
  local name="$1" db="$2" port="$3"
  mkdir -p "$work/$name"
  ( cd "$bin" && exec env ConnectionStrings__Reconciliation="${app_url/Database=reconciliation/Database=$db}" \
      Urls="http://127.0.0.1:$port" Statements__Root="$work/$db-statements" Notices__PickupFolder="$work/$db-mail" \
      Security__FirstRunKeyFile= Security__ApiKeys__reliability__Role=operator Security__ApiKeys__reliability__Hash="sha256:$key_hash" \
      Security__RateLimitPerSecond=100000 Security__RateLimitBurst=100000 Jobs__RunServer="${RUN_JOBS:-false}" \
      dotnet Reconciliation.Api.dll >>"$work/$name/app.log" 2>&1 ) &
  echo $! >"$work/$name.pid"
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  log "$name did not become ready; see $work/$name/app.log"; return 1
}

stop_app() { local pid; pid="$(cat "$work/$1.pid")"; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }

enroll() { # enroll PORT FILE: every line of FILE (an enrollment form) through POST /api/workers, 8 at a time
  xargs -d '\n' -P 8 -I{} curl -s -o /dev/null -w '%{http_code}\n' -X POST "http://127.0.0.1:$1/api/workers" \
    -H "X-Api-Key: $key" -H 'content-type: application/json' -d '{}' <"$2" | sort | uniq -c | sed 's/^/    /'
}

upload() { curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$1/api/statements" -H "X-Api-Key: $key" -H "X-File-Name: $(basename "$2")" --data-binary "@$2"; }

# settled DB: nothing left to match and no message waiting in Wolverine's inbox
settled() {
  [ "$(sql "$1" "select count(*) from reconciliation.mt_doc_deposit where data->>'status' = 'unmatched'")" = 0 ] &&
  [ "$(sql "$1" "select count(*) from reconciliation.wolverine_incoming_envelopes where status <> 'Handled'")" = 0 ]
}

wait_settled() { for _ in $(seq 1 600); do settled "$1" && return 0; sleep 1; done; log "$1 did not settle"; return 1; }

# what must be identical between two runs: every deposit and every worker's coverage
fingerprint() {
  sql "$1" "select id, data->>'amount', data->>'status', data->>'nss' from reconciliation.mt_doc_deposit order by id" | sha256sum | cut -c1-16
}
coverage_fingerprint() {
  sql "$1" "select id, data->'coveredMonths', data->'gaps', data->'payments', data->'credits', data->>'paidThrough', data->>'unappliedCredit' from reconciliation.mt_doc_workercoverage order by id" | sha256sum | cut -c1-16
}
