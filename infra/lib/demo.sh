# shellcheck shell=bash
# Demo data for tenant kr, loaded through the gateway exactly as an administration would: the KCS
# synthetic declarations of 2020 with their inspection results (datasets/kcs, MIT), a model trained
# on that year and promoted under four eyes, then the first quarter of 2021 without labels, scored
# by that model. Idempotent: a tenant whose model is already in PRODUCTION is left as it is.

DEMO_MODEL=kcs-fraud
DEMO_TRAIN="$ROOT/datasets/kcs/df_syn_train_eng.csv"
DEMO_VALID="$ROOT/datasets/kcs/df_syn_valid_eng.csv"
GATEWAY_URL="http://$HOST:8080"

demo_token() {
    local form
    if [ "$1" = integrator ]; then
        form=(-d grant_type=client_credentials -d client_id=kr-integrator -d client_secret=kr-integrator-demo-secret)
    else
        form=(-d grant_type=password -d client_id=customs-cli -d "username=$1" -d password=customs-demo)
    fi
    curl -sf "${form[@]}" "$KEYCLOAK_URL/realms/customs/protocol/openid-connect/token" | jq -r .access_token
}

# demo_call <user> <method> <path> [curl arguments...]: the JSON answer; fails on an HTTP error.
demo_call() {
    local user=$1 method=$2 path=$3
    shift 3
    local body status
    body=$(curl -s -w '\n%{http_code}' -X "$method" -H "Authorization: Bearer $(demo_token "$user")" "$@" \
        "$GATEWAY_URL$path")
    status=${body##*$'\n'}
    body=${body%$'\n'*}
    if [ "${status:0:1}" != 2 ]; then
        printf '%s %s answered %s: %s\n' "$method" "$path" "$status" "$body" >&2
        return 1
    fi
    printf '%s' "$body"
}

demo_json() {
    demo_call "$1" "$2" "$3" -H 'Content-Type: application/json' -d "$4"
}

demo_import() {
    local file=$1 labels=$2 job status
    job=$(demo_call integrator POST /api/v1/bulk-imports -F "file=@$file;type=text/csv" -F layout=KCS \
        -F "labels=$labels") || die "the bulk import of $(basename "$file") was refused"
    job=$(jq -r .jobId <<<"$job")
    wait_for 900 "$(basename "$file") imported" demo_import_done "$job" \
        || die "the import of $(basename "$file") failed or did not finish: see ./platform logs ingestion-service"
    status=$(demo_call integrator GET "/api/v1/bulk-imports/$job")
    ok "$(jq -r '"\(.rowsAccepted) rows accepted, \(.rowsRejected) rejected, \(.inspectionResults) inspection results"' <<<"$status")"
}

demo_import_done() {
    local status
    status=$(demo_call integrator GET "/api/v1/bulk-imports/$1" | jq -r .status)
    [ "$status" != FAILED ] || return "$NEVER"
    [ "$status" = COMPLETED ]
}

# The training set is complete once every labelled goods item of the year has its features.
demo_features_ready() {
    local rows
    rows=$(curl -sf -H "Authorization: Bearer $(demo_token kr-model-manager)" \
        "http://$HOST:8082/api/training-sets?acceptedFrom=2020-01-01&acceptedTo=2020-12-31" | wc -l)
    [ "$rows" -gt "$1" ]
}

demo_training_done() {
    local status
    status=$(demo_call kr-model-manager GET "/api/v1/models/$DEMO_MODEL/training-jobs/$1" | jq -r .status)
    [ "$status" != FAILED ] || return "$NEVER"
    [ "$status" = SUCCEEDED ]
}

# A synchronous assessment of a declaration outside the data set and the quarter: which version scored it?
demo_scores_with() {
    local probe
    probe=$(printf '{"declarationId":"DEMO-PROBE-%s","acceptanceDate":"2021-06-30","customsOfficeCode":"30",%s}' \
        "$(date +%s%N)" '"importerId":"QLRUBN9","declarantId":"ZZR1LT6","goodsItems":[{"itemNumber":1,"hsCode":"440890","countryOfOrigin":"CN","netMassKg":108.0,"cifValue":372254.4,"currency":"KRW","taxRate":8.0}]')
    [ "$(demo_json integrator POST /api/v1/assessments "$probe" | jq -r .modelVersion)" = "$1" ]
}

demo_quarter_scored() {
    local scored
    scored=$(demo_call kr-analyst GET "/api/v1/reports/channels?acceptedFrom=2021-01-01&acceptedTo=2021-03-31" \
        | jq '[.[].declarations] | add // 0')
    [ "$scored" -ge "$1" ]
}

load_demo_data() {
    say "Demo data of tenant kr (KCS synthetic declarations, datasets/kcs)"
    command -v jq >/dev/null 2>&1 || apt_install jq
    if demo_call kr-analyst GET "/api/v1/models/$DEMO_MODEL/versions?stage=PRODUCTION" 2>/dev/null \
        | jq -e 'length > 0' >/dev/null; then
        ok "already loaded: model $DEMO_MODEL is in PRODUCTION"
        return 0
    fi
    local train_rows valid_rows
    train_rows=$(($(wc -l <"$DEMO_TRAIN") - 1))
    valid_rows=$(($(wc -l <"$DEMO_VALID") - 1))

    demo_import "$DEMO_TRAIN" true
    WAIT_INTERVAL=10 wait_for 1200 "features of the $train_rows goods items of 2020" demo_features_ready "$train_rows" \
        || die "feature-service did not compute the features of 2020 in time: see ./platform logs feature-service"

    demo_call kr-model-manager GET "/api/v1/models/$DEMO_MODEL" >/dev/null 2>&1 \
        || demo_json kr-model-manager POST /api/v1/models \
            "{\"name\":\"$DEMO_MODEL\",\"description\":\"Fraud on the KCS synthetic declarations\"}" >/dev/null \
        || die "cannot register the model $DEMO_MODEL"
    local job version request
    job=$(demo_json kr-model-manager POST "/api/v1/models/$DEMO_MODEL/training-jobs" \
        '{"acceptedFrom":"2020-01-01","acceptedTo":"2020-12-31"}' | jq -r .jobId) || die "cannot start training"
    WAIT_INTERVAL=5 wait_for 1200 "model trained on 2020" demo_training_done "$job" \
        || die "training failed or did not finish: see ./platform logs model-service"
    version=$(demo_call kr-model-manager GET "/api/v1/models/$DEMO_MODEL/training-jobs/$job" | jq -r .version)
    demo_json kr-model-manager POST "/api/v1/models/$DEMO_MODEL/versions/$version/transitions" \
        '{"to":"STAGING","reason":"Demo: trained on the KCS year 2020"}' >/dev/null || die "cannot stage version $version"
    request=$(demo_json kr-model-manager POST "/api/v1/models/$DEMO_MODEL/promotion-requests" \
        "{\"version\":$version,\"reason\":\"Demo: first production model\"}" | jq -r .id) \
        || die "cannot request the promotion of version $version"
    demo_json kr-model-approver POST "/api/v1/models/$DEMO_MODEL/promotion-requests/$request/approval" \
        '{"reason":"Demo: metrics reviewed by a second model manager"}' >/dev/null || die "cannot approve version $version"
    ok "version $version of $DEMO_MODEL trained and in PRODUCTION (requested by kr-model-manager, approved by kr-model-approver)"
    WAIT_INTERVAL=5 wait_for 180 "scoring-service assesses with version $version" demo_scores_with "$version" \
        || die "scoring-service did not deploy version $version in time: see ./platform logs scoring-service"

    demo_import "$DEMO_VALID" false
    WAIT_INTERVAL=5 wait_for 1200 "the $valid_rows declarations of 2021 Q1 scored" demo_quarter_scored "$valid_rows" \
        || die "the quarter was not scored in time: see ./platform logs scoring-service"
    demo_call kr-analyst GET "/api/v1/reports/channels?acceptedFrom=2021-01-01&acceptedTo=2021-03-31" \
        | jq -r '[.[].declarations] as $d | [.[].red] as $r
            | "    \($d | add) declarations of 2021 Q1 scored, \($r | add) RED"'
}
