#!/usr/bin/env bash
#
# dpf-server.sh: the one way a Payara Server 6 domain for the Xining DPF platform is installed,
# configured and run. The run command (mvn -Prun), the integration tests and a real installation
# all call this script; every asadmin command that configures a domain is in this file.
#
# Usage: dpf-server.sh <command> [argument]
#
#   provision      unzip Payara (if missing), stop the domain if it runs (and any server left on its
#                  admin port), create the domain (if missing), start it, apply the configuration
#                  (idempotent; restarts once if a change needs it) and leave the domain running
#   start [ear]    start the domain (it must have been provisioned); with an EAR, start it with that EAR:
#                  the application the domain holds is set aside before the start (never loaded), then
#                  undeployed and the EAR deployed (after a crash mid-deploy, or over a previous version);
#                  a running domain is restarted first, and a failed deployment is tried once more after
#                  another restart
#   stop           stop the domain
#   status         tell whether the domain is running
#   deploy <ear>   deploy (or redeploy) the EAR as application "dpf"
#   undeploy       undeploy application "dpf"
#   run <ear>      provision + deploy, print the addresses (and the demo logins on a demo domain), then
#                  follow server.log in the foreground; Ctrl-C (or TERM) stops the domain
#   cluster-provision  the same domain as the administration server of a cluster: DPF_INSTANCES instances
#                  in deployment group dpf-group sharing Payara's data grid, an H2 server (DPF_DB=h2) and
#                  nginx in front on port base+90; leaves it all running
#   cluster-deploy <ear>  deploy the EAR to the deployment group, web sessions kept in the data grid
#   cluster-stop   stop the load balancer, the instances, the domain and the H2 server
#
# Environment (defaults in brackets):
#   DPF_SERVER_DIR    where payara6/ is unzipped [server-config/target]
#   DPF_PAYARA_ZIP    the Payara distribution zip [the only payara-*.zip in DPF_SERVER_DIR]
#   DPF_DOMAIN        domain name [dpf]
#   DPF_PORTBASE      port base: admin = base+48, HTTP = base+80, HTTPS = base+81 [8000]
#   DPF_DATA_DIR      H2 database directory [$HOME/.dpf/data]
#   DPF_WIPE_DATA     true: delete DPF_DATA_DIR before starting (fresh database, for tests) [false]
#   DPF_DB            h2 or oracle [h2]
#   DPF_H2_MODE       appended to the H2 URL [;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH]: the embedded
#                     database speaks Oracle's SQL, so the run command, the tests and production run the
#                     same statements (a plain H2 run command once failed on SQL that no test ran)
#   DPF_DB_URL, DPF_DB_USER, DPF_DB_PASSWORD   the Oracle connection (DPF_DB=oracle)
#   DPF_ORACLE_DRIVER the ojdbc11 jar [the only ojdbc11-*.jar in server-config/target/lib]
#   DPF_DEMO          true: a demo domain: demo logins and DPF_DEMO_PEOPLE generated people on an empty
#                     database, admin console without password (the run command and the tests set it).
#                     Otherwise [false] no demo account or data is created (the application creates one
#                     administrator with a one-time password in <domain>/config/dpf-first-admin.txt),
#                     and the admin console gets a password and secure admin (HTTPS)
#   DPF_DEMO_PEOPLE   demo people generated at startup when the registry is empty (DPF_DEMO=true) [5000]
#   DPF_DEMO_HISTORY  true: the demo data has its history since 2021 (paid rolls, published statistics of
#                     every complete period) [true]; false: people and cases only (the IT domain)
#   DPF_ADMIN_PASSWORD  password of the admin console's user "admin" on a non-demo domain when it is
#                     created or secured [generated]; kept in DPF_ADMIN_PASSWORD_FILE
#   DPF_ADMIN_PASSWORD_FILE  asadmin password file of a non-demo domain, readable by its owner only
#                     [DPF_SERVER_DIR/<domain>-admin-password.txt]
#   DPF_HEAP          maximum heap (-Xmx) [1g], of the domain and of each instance
#   DPF_INSTANCES     instances of a cluster (cluster-* commands), port base + 100*n each [2]
#   DPF_STATISTICS_MONTH_SCHEDULE  when the month's statistics run, "dayOfMonth_hour_minute" Beijing time
#                     [1_2_0]; the cluster test gives *_*_* (every minute on every instance)
#
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CONFIG_DIR=$(cd "$SCRIPT_DIR/../../.." && pwd)          # server-config/

absolute() { # absolute path of $1 (which need not exist), relative paths taken from the current directory
    case "$1" in
        /*) printf '%s\n' "$1" ;;
        *) printf '%s\n' "$PWD/$1" ;;
    esac
}

DPF_SERVER_DIR=$(absolute "${DPF_SERVER_DIR:-$CONFIG_DIR/target}")
DPF_PAYARA_ZIP=${DPF_PAYARA_ZIP:-}
DPF_DOMAIN=${DPF_DOMAIN:-dpf}
DPF_PORTBASE=${DPF_PORTBASE:-8000}
DPF_DATA_DIR=$(absolute "${DPF_DATA_DIR:-$HOME/.dpf/data}")
DPF_WIPE_DATA=${DPF_WIPE_DATA:-false}
DPF_DB=${DPF_DB:-h2}
DPF_H2_MODE=${DPF_H2_MODE-;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH}
DPF_DB_URL=${DPF_DB_URL:-}
DPF_DB_USER=${DPF_DB_USER:-}
DPF_DB_PASSWORD=${DPF_DB_PASSWORD:-}
DPF_ORACLE_DRIVER=${DPF_ORACLE_DRIVER:-}
DPF_DEMO=${DPF_DEMO:-false}
DPF_DEMO_PEOPLE=${DPF_DEMO_PEOPLE:-5000}
DPF_DEMO_HISTORY=${DPF_DEMO_HISTORY:-true}
DPF_ADMIN_PASSWORD=${DPF_ADMIN_PASSWORD:-}
DPF_HEAP=${DPF_HEAP:-1g}

if ! [[ $DPF_PORTBASE =~ ^[0-9]+$ ]] || ((DPF_PORTBASE < 1024 || DPF_PORTBASE > 65400)); then
    echo "[dpf-server] ERROR: DPF_PORTBASE must be a number from 1024 to 65400, not '$DPF_PORTBASE'" >&2
    exit 1
fi

PAYARA_HOME=$DPF_SERVER_DIR/payara6
DOMAIN_DIR=$PAYARA_HOME/glassfish/domains/$DPF_DOMAIN
SERVER_LOG=$DOMAIN_DIR/logs/server.log
ADMIN_PORT=$((DPF_PORTBASE + 48))
HTTP_PORT=$((DPF_PORTBASE + 80))
APP_NAME=dpf
POOL=dpf-pool
RESOURCE=jdbc/dpf
DEMO_LOGINS=$CONFIG_DIR/src/main/resources/demo-logins.txt
DPF_ADMIN_PASSWORD_FILE=$(absolute "${DPF_ADMIN_PASSWORD_FILE:-$DPF_SERVER_DIR/$DPF_DOMAIN-admin-password.txt}")
FIRST_ADMIN_FILE=$DOMAIN_DIR/config/dpf-first-admin.txt

case "$DPF_DEMO" in
    true) DEMO_PEOPLE=$DPF_DEMO_PEOPLE ;;
    false) DEMO_PEOPLE=0 ;;
    *) printf '[dpf-server] ERROR: DPF_DEMO must be true or false, not %s\n' "$DPF_DEMO" >&2; exit 1 ;;
esac
case "$DPF_DEMO_HISTORY" in
    true | false) ;;
    *) printf '[dpf-server] ERROR: DPF_DEMO_HISTORY must be true or false, not %s\n' "$DPF_DEMO_HISTORY" >&2; exit 1 ;;
esac

say() { printf '[dpf-server] %s\n' "$*"; }
die() { printf '[dpf-server] ERROR: %s\n' "$*" >&2; exit 1; }

# The admin user's credentials for asadmin: none on a demo domain, the password file on a secured one
# (a domain is secured when its password file exists, whatever DPF_DEMO says now).
ADMIN_AUTH=()
admin_auth() {
    if [[ -f $DPF_ADMIN_PASSWORD_FILE ]]; then
        ADMIN_AUTH=(--user admin --passwordfile "$DPF_ADMIN_PASSWORD_FILE")
    else
        ADMIN_AUTH=()
    fi
}
admin_auth

# asadmin against this domain's DAS (remote commands), and without a port (local commands).
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false "${ADMIN_AUTH[@]}" --port "$ADMIN_PORT" "$@"; }
asadmin_local() { "$PAYARA_HOME/bin/asadmin" --interactive=false "${ADMIN_AUTH[@]}" "$@"; }

# Value of a dotted name (asadmin get), empty if it does not exist.
get_value() {
    asadmin get "$1" 2>/dev/null | sed -n "s|^$1=||p" | head -n 1 || true
}

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

domain_running() {
    [[ -d $DOMAIN_DIR ]] && asadmin_local list-domains 2>/dev/null | grep -q "^$DPF_DOMAIN running"
}

# ---------------------------------------------------------------------------------------------------
# Installation, domain life cycle
# ---------------------------------------------------------------------------------------------------

ensure_payara() {
    [[ -x $PAYARA_HOME/bin/asadmin ]] && return 0
    local zip=$DPF_PAYARA_ZIP
    if [[ -z $zip ]]; then
        local found=("$DPF_SERVER_DIR"/payara-*.zip)
        [[ -f ${found[0]} ]] || die "no Payara in $PAYARA_HOME and no payara-*.zip in $DPF_SERVER_DIR; set DPF_PAYARA_ZIP or build with Maven (it copies fish.payara.distributions:payara:zip there)"
        zip=${found[0]}
    fi
    [[ -f $zip ]] || die "Payara zip not found: $zip"
    say "Unzipping $zip into $DPF_SERVER_DIR"
    local tmp=$DPF_SERVER_DIR/.payara-unzip.$$
    rm -rf "$tmp"
    mkdir -p "$tmp"
    if command -v unzip >/dev/null; then
        unzip -q "$zip" -d "$tmp"
    else
        (cd "$tmp" && jar xf "$zip")
        chmod +x "$tmp"/payara6/bin/* "$tmp"/payara6/glassfish/bin/* 2>/dev/null || true
    fi
    [[ -x $tmp/payara6/bin/asadmin ]] || die "$zip does not contain payara6/bin/asadmin"
    mv "$tmp/payara6" "$PAYARA_HOME"
    rm -rf "$tmp"
}

ensure_domain() {
    if [[ -d $DOMAIN_DIR && ! -f $DOMAIN_DIR/config/domain.xml ]]; then
        say "Domain directory $DOMAIN_DIR is incomplete (an interrupted create-domain?): recreating it"
        rm -rf "$DOMAIN_DIR"
    fi
    if [[ -d $DOMAIN_DIR ]]; then
        # The ports are fixed when a domain is created; everything else is re-applied by provision.
        local port
        port=$(grep -o '<network-listener[^>]*name="admin-listener"[^>]*>' "$DOMAIN_DIR/config/domain.xml" \
            | grep -o 'port="[0-9]*"' | head -n 1 | tr -dc '0-9' || true)
        [[ $port == "$ADMIN_PORT" ]] && return 0
        say "Domain $DPF_DOMAIN was created with admin port ${port:-?}, not $ADMIN_PORT (DPF_PORTBASE=$DPF_PORTBASE): recreating it"
        asadmin_local delete-domain "$DPF_DOMAIN" >/dev/null || rm -rf "$DOMAIN_DIR"
    fi
    say "Creating domain $DPF_DOMAIN (port base $DPF_PORTBASE: admin $ADMIN_PORT, HTTP $HTTP_PORT)"
    if [[ $DPF_DEMO == true ]]; then
        rm -f "$DPF_ADMIN_PASSWORD_FILE"
        admin_auth
        asadmin_local create-domain --portbase "$DPF_PORTBASE" --nopassword "$DPF_DOMAIN" >/dev/null \
            || die "asadmin create-domain $DPF_DOMAIN failed"
    else
        write_admin_password_file
        asadmin_local create-domain --portbase "$DPF_PORTBASE" "$DPF_DOMAIN" >/dev/null \
            || die "asadmin create-domain $DPF_DOMAIN failed"
    fi
}

# The admin console's password of a non-demo domain: DPF_ADMIN_PASSWORD or a generated one, in an asadmin
# password file only its owner can read.
write_admin_password_file() {
    local password=$DPF_ADMIN_PASSWORD
    if [[ -z $password ]]; then
        password=$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 20 || true)
        [[ ${#password} -eq 20 ]] || die "could not generate an admin password"
        GENERATED_ADMIN_PASSWORD=true
    fi
    mkdir -p "$(dirname "$DPF_ADMIN_PASSWORD_FILE")"
    (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$password" >"$DPF_ADMIN_PASSWORD_FILE")
    admin_auth
}

# A non-demo domain: the admin user has a password and the admin port speaks HTTPS only (secure admin).
# A domain created as a demo domain (no password) is given one here when it is used without DPF_DEMO.
secure_admin() {
    [[ $DPF_DEMO == true ]] && return 0
    if [[ ! -f $DPF_ADMIN_PASSWORD_FILE ]]; then
        local old=$DPF_SERVER_DIR/.dpf-admin-change.$$
        write_admin_password_file
        say "Admin console: setting the password of user admin"
        (umask 077 && printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' \
            "$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "$DPF_ADMIN_PASSWORD_FILE")" >"$old")
        "$PAYARA_HOME/bin/asadmin" --interactive=false --user admin --passwordfile "$old" --port "$ADMIN_PORT" \
            change-admin-password >/dev/null || { rm -f "$old" "$DPF_ADMIN_PASSWORD_FILE"; die "change-admin-password failed"; }
        rm -f "$old"
    fi
    if [[ $(get_value secure-admin.enabled) != true ]]; then
        say "Admin console: enabling secure admin (HTTPS on port $ADMIN_PORT)"
        asadmin enable-secure-admin >/dev/null || die "asadmin enable-secure-admin failed"
        RESTART=1
    fi
}

# Stops the domain and anything left from an earlier run on its admin port: a domain whose directory
# was deleted (mvn clean) while it was running can no longer be stopped by asadmin stop-domain, but its
# REST admin interface still can (with the admin password of a non-demo domain).
stop_domain() {
    if [[ -d $DOMAIN_DIR ]] && domain_running; then
        say "Stopping domain $DPF_DOMAIN"
        asadmin_local stop-domain "$DPF_DOMAIN" >/dev/null || true
    fi
    if port_taken "$ADMIN_PORT"; then
        say "Admin port $ADMIN_PORT still in use: asking the server there to stop"
        rest_stop_domain || true
        local waited=0
        while port_taken "$ADMIN_PORT" && ((waited < 60)); do
            sleep 1
            waited=$((waited + 1))
        done
    fi
}

# POST /management/domain/stop as user admin without password (JSON, or the command is not run).
rest_stop_domain() {
    local path=/management/domain/stop
    if [[ -f $DPF_ADMIN_PASSWORD_FILE ]]; then
        # A secured domain: HTTPS with its password (given to curl on stdin, not on its command line).
        command -v curl >/dev/null || return 1
        printf 'user = "admin:%s"\n' "$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "$DPF_ADMIN_PASSWORD_FILE")" \
            | curl -K - -s -k -m 30 -X POST -H 'X-Requested-By: dpf-server' -H 'Accept: application/json' \
                "https://localhost:$ADMIN_PORT$path" >/dev/null
    elif command -v curl >/dev/null; then
        curl -s -m 30 -u admin: -X POST -H 'X-Requested-By: dpf-server' -H 'Accept: application/json' \
            "http://localhost:$ADMIN_PORT$path" >/dev/null
    else
        exec 3<>"/dev/tcp/127.0.0.1/$ADMIN_PORT" || return 1
        printf '%s\r\n' "POST $path HTTP/1.1" "Host: localhost:$ADMIN_PORT" "Authorization: Basic YWRtaW46" \
            "User-Agent: dpf-server" "X-Requested-By: dpf-server" "Accept: application/json" \
            "Content-Type: application/x-www-form-urlencoded" "Content-Length: 0" "Connection: close" "" >&3
        timeout 30 cat <&3 >/dev/null || true
        exec 3>&-
    fi
}

ensure_ports_free() {
    local port
    for port in "$ADMIN_PORT" "$HTTP_PORT"; do
        if port_taken "$port"; then
            die "port $port is in use by another process, so domain $DPF_DOMAIN cannot start. Stop that process (e.g. 'ss -ltnp | grep :$port') or choose another DPF_PORTBASE."
        fi
    done
}

start_domain() {
    [[ -f $DOMAIN_DIR/config/domain.xml ]] || die "domain $DPF_DOMAIN does not exist in $PAYARA_HOME: run '$0 provision' first"
    if domain_running; then
        say "Domain $DPF_DOMAIN already running"
        return 0
    fi
    ensure_ports_free
    say "Starting domain $DPF_DOMAIN"
    asadmin_local start-domain "$DPF_DOMAIN" >/dev/null \
        || die "domain $DPF_DOMAIN did not start; see $SERVER_LOG"
}

# The application a domain would load at its start although it is about to be replaced (a previous
# version, or one a kill -9 left half deployed): Payara starting with it and then redeploying failed about
# once in five (CDI "Singleton not set for EarLibClassLoader", then "closed EntityManagerFactory"). Its
# reference is disabled in domain.xml while the domain is stopped, so the domain comes up without it;
# deploy_replacing then undeploys it (deploy --force refuses a disabled application's name) and deploys.
set_aside_application() {
    holds_application || return 0
    domain_running && return 0
    say "Setting the deployed $APP_NAME aside: the domain starts without it, the EAR replaces it"
    sed -i -E "/<application-ref [^>]*ref=\"$APP_NAME\"/{s/ enabled=\"[^\"]*\"//; s/<application-ref /<application-ref enabled=\"false\" /}" \
        "$DOMAIN_DIR/config/domain.xml"
    APP_SET_ASIDE=1
}

# Whether domain.xml refers to the application (enabled or set aside).
holds_application() {
    [[ -f $DOMAIN_DIR/config/domain.xml ]] && grep -q "<application-ref [^>]*ref=\"$APP_NAME\"" "$DOMAIN_DIR/config/domain.xml"
}

# deploy, first undeploying an application set aside before the start.
deploy_replacing() {
    if ((${APP_SET_ASIDE:-0})); then
        say "Undeploying the $APP_NAME set aside"
        asadmin undeploy "$APP_NAME" >/dev/null || die "could not undeploy the $APP_NAME set aside; see $SERVER_LOG"
        APP_SET_ASIDE=0
    fi
    deploy "$@"
}

# The same, but a deployment that fails is tried once more in a new JVM, with whatever it left set aside.
# Payara's failures of a redeployment into a JVM that had loaded the application are described above; a
# start after a kill -9 also failed once in CI (RestartIT, 2026-12-02) for a cause its log did not keep. A
# JVM that never loaded the application is the state in which a deployment is known to work. A second
# failure is a real one and ends the script.
deploy_replacing_or_retry() {
    local ear=$1
    if (deploy_replacing "$ear"); then
        APP_SET_ASIDE=0
        return 0
    fi
    say "The deployment failed; restarting domain $DPF_DOMAIN without $APP_NAME and deploying once more"
    if domain_running; then
        stop_domain_and_wait
    fi
    APP_SET_ASIDE=0
    set_aside_application
    start_domain
    deploy_replacing "$ear"
}

# start <ear>: the domain with that EAR, whatever application it held. A running domain has loaded the
# application it holds, so it is restarted without it rather than redeployed into.
start_with() {
    local ear=$1
    [[ -f $ear ]] || die "EAR not found: $ear (build it with 'mvn package' from the repository root)"
    if domain_running && holds_application; then
        say "Domain $DPF_DOMAIN is running with $APP_NAME loaded: restarting it without, then deploying"
        stop_domain_and_wait
    fi
    set_aside_application
    start_domain
    deploy_replacing_or_retry "$ear"
}

# Stops the domain and waits for its JVM to be gone (see restart_domain).
stop_domain_and_wait() {
    local pid="" waited=0
    [[ -f $DOMAIN_DIR/config/pid ]] && pid=$(<"$DOMAIN_DIR/config/pid")
    asadmin_local stop-domain "$DPF_DOMAIN" >/dev/null \
        || die "domain $DPF_DOMAIN did not stop; see $SERVER_LOG"
    while [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; do
        if ((waited >= 120)); then
            say "The stopped domain's process $pid is still there after ${waited} s: killing it"
            kill -9 "$pid" 2>/dev/null || true
            sleep 2
            break
        fi
        sleep 1
        waited=$((waited + 1))
    done
}

# Stop, wait for the old JVM to be gone, start. restart-domain started the new JVM while the old one, on a
# loaded machine, still held a port of its own (seen: the data grid's), and the new one then exited with
# "Address already in use" and left no domain running.
restart_domain() {
    say "Restarting domain $DPF_DOMAIN to apply the configuration"
    stop_domain_and_wait
    start_domain
}

wipe_data() {
    case "$DPF_DATA_DIR" in
        / | "$HOME" | "$HOME/") die "refusing to delete DPF_DATA_DIR=$DPF_DATA_DIR" ;;
    esac
    say "Deleting the database in $DPF_DATA_DIR (DPF_WIPE_DATA=true)"
    rm -rf "$DPF_DATA_DIR"
}

# ---------------------------------------------------------------------------------------------------
# Configuration. Every step is idempotent: it compares what is configured with what should be, changes
# only the difference and says whether the change needs a restart (RESTART=1).
# ---------------------------------------------------------------------------------------------------

RESTART=0

# The configuration the steps below apply to: the DAS's own (server-config) for a single server, the
# instances' shared configuration (dpf-cluster-config) in cluster mode; TARGET is its --target option.
CFG=server-config
TARGET=()

configure_database() {
    local datasource validation
    local -a properties
    case "$DPF_DB" in
        h2)
            # Payara ships H2 (h2db/bin/h2.jar, 2.2.224) on its own class path: no driver to add.
            # WRITE_DELAY=0: a commit reaches the file at once, so a killed server loses no committed work
            # (H2 otherwise writes up to half a second later; CrashRecoveryIT saw a committed chunk lost).
            mkdir -p "$DPF_DATA_DIR"
            datasource=org.h2.jdbcx.JdbcDataSource
            validation=org.glassfish.api.jdbc.validation.H2ConnectionValidation
            if ((CLUSTER)); then
                # every instance reaches the one H2 server this script starts (cluster_h2_start); instances
                # deployed together migrate the schema at once, and Flyway holds its table lock for all the
                # migrations: the others wait for it (LOCK_TIMEOUT, ms) instead of failing after H2's second
                properties=("URL=jdbc:h2:tcp://localhost:$H2_PORT/dpf;WRITE_DELAY=0;LOCK_TIMEOUT=300000$DPF_H2_MODE")
            else
                properties=("URL=jdbc:h2:file:$DPF_DATA_DIR/dpf;AUTO_SERVER=TRUE;WRITE_DELAY=0$DPF_H2_MODE")
            fi
            ;;
        oracle)
            [[ -n $DPF_DB_URL && -n $DPF_DB_USER && -n $DPF_DB_PASSWORD ]] \
                || die "DPF_DB=oracle needs DPF_DB_URL, DPF_DB_USER and DPF_DB_PASSWORD"
            ensure_oracle_driver
            datasource=oracle.jdbc.pool.OracleDataSource
            validation=org.glassfish.api.jdbc.validation.OracleConnectionValidation
            properties=("URL=$DPF_DB_URL" "user=$DPF_DB_USER" "password=$DPF_DB_PASSWORD")
            ;;
        *) die "DPF_DB must be h2 or oracle, not '$DPF_DB'" ;;
    esac

    local prefix=resources.jdbc-connection-pool.$POOL
    local current
    current=$(get_value "$prefix.datasource-classname")
    if [[ -n $current && $current != "$datasource" ]]; then
        say "Pool $POOL uses $current: replacing it with a $DPF_DB pool"
        asadmin delete-jdbc-connection-pool --cascade=true "$POOL" >/dev/null
        current=
    fi
    if [[ -z $current ]]; then
        say "Creating JDBC connection pool $POOL ($DPF_DB)"
        asadmin create-jdbc-connection-pool --datasourceclassname "$datasource" \
            --restype javax.sql.DataSource "$POOL" >/dev/null
    fi

    # Pool settings, re-applied on every provision: sizes, validation of connections taken from the
    # pool (at most once a minute), all connections closed when one fails validation, leak detection,
    # and a ping whenever the pool is created or changed. asadmin set applies them in this order, and
    # the validation method must be set before validation is switched on.
    asadmin set \
        "$prefix.steady-pool-size=4" \
        "$prefix.max-pool-size=32" \
        "$prefix.pool-resize-quantity=2" \
        "$prefix.idle-timeout-in-seconds=300" \
        "$prefix.max-wait-time-in-millis=60000" \
        "$prefix.connection-validation-method=custom-validation" \
        "$prefix.validation-classname=$validation" \
        "$prefix.is-connection-validation-required=true" \
        "$prefix.validate-atmost-once-period-in-seconds=60" \
        "$prefix.fail-all-connections=true" \
        "$prefix.connection-leak-timeout-in-seconds=300" \
        "$prefix.statement-timeout-in-seconds=-1" \
        "$prefix.ping=true" >/dev/null
    local property
    for property in "${properties[@]}"; do
        asadmin set "$prefix.property.$property" >/dev/null   # quiet: one of them is a password
    done

    say "Pinging $POOL"
    asadmin ping-connection-pool "$POOL" >/dev/null \
        || die "JDBC pool $POOL cannot connect to the $DPF_DB database (asadmin ping-connection-pool $POOL); see $SERVER_LOG"

    if ! asadmin list-jdbc-resources | grep -qx "$RESOURCE"; then
        say "Creating JDBC resource $RESOURCE"
        asadmin create-jdbc-resource --connectionpoolid "$POOL" "$RESOURCE" >/dev/null
    fi
}

ensure_oracle_driver() {
    local driver=$DPF_ORACLE_DRIVER
    if [[ -z $driver ]]; then
        local found=("$CONFIG_DIR"/target/lib/ojdbc11-*.jar)
        [[ -f ${found[0]} ]] || die "no ojdbc11 jar in $CONFIG_DIR/target/lib: build server-config with Maven or set DPF_ORACLE_DRIVER"
        driver=${found[0]}
    fi
    [[ -f $driver ]] || die "Oracle driver not found: $driver"
    if ! asadmin list-libraries --type common 2>/dev/null | grep -qx "$(basename "$driver")"; then
        say "Adding $(basename "$driver") to the domain's common libraries"
        asadmin add-library --type common "$driver" >/dev/null
        RESTART=1
    fi
    # A datasource class from a library added just now is only loadable after a restart.
    if ((RESTART)); then
        restart_domain
        RESTART=0
    fi
}

configure_batch() {
    # Jakarta Batch keeps its job repository on the application's database (it creates its own tables).
    if [[ $(get_value configs.config.$CFG.batch-runtime-configuration.data-source-lookup-name) != "$RESOURCE" ]]; then
        say "Batch runtime: job repository on $RESOURCE ($CFG)"
        asadmin set-batch-runtime-configuration "${TARGET[@]}" --datasourcelookupname "$RESOURCE" >/dev/null
        RESTART=1
    fi
}

configure_security() {
    # Roles declared by the application map to groups of the same name.
    local name=configs.config.$CFG.security-service.activate-default-principal-to-role-mapping
    if [[ $(get_value "$name") != true ]]; then
        say "Security: default principal-to-role mapping"
        asadmin set "$name=true" >/dev/null
        RESTART=1
    fi
}

configure_batch_identity() {
    # The batch jobs' steps run as the principal dpf-batch (the batch module's @RunAs("BATCH") beans); Payara
    # gives a run-as principal the groups its realm knows for it, and group BATCH is what grants role BATCH.
    # So it is a user of the file realm in group BATCH, with a random password nobody keeps: it never signs
    # in (the staff and partner sign-ins do not use the file realm), it is only a name with a group.
    if asadmin list-file-users "${TARGET[@]:1}" 2>/dev/null | grep -qx 'dpf-batch'; then
        return
    fi
    say "Batch identity: file-realm user dpf-batch in group BATCH"
    local pw
    pw=$(mktemp)
    chmod 600 "$pw"
    if [[ -f $DPF_ADMIN_PASSWORD_FILE ]]; then
        cat "$DPF_ADMIN_PASSWORD_FILE" >"$pw"
    fi
    printf 'AS_ADMIN_USERPASSWORD=%s\n' "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" >>"$pw"
    local auth=()
    [[ -f $DPF_ADMIN_PASSWORD_FILE ]] && auth=(--user admin)
    "$PAYARA_HOME/bin/asadmin" --interactive=false "${auth[@]}" --passwordfile "$pw" --port "$ADMIN_PORT" \
        create-file-user "${TARGET[@]}" --groups BATCH dpf-batch >/dev/null || { rm -f "$pw"; die "could not create dpf-batch"; }
    rm -f "$pw"
}

configure_monitoring() {
    # MicroProfile Metrics (/metrics) tell a stranger much about the server and the application: only
    # users of the file realm in group "microprofile" may read them (asadmin create-file-user --groups
    # microprofile). Health (/health, /health/ready with the database check) stays open for load balancers.
    local name=configs.config.$CFG.microprofile-metrics-configuration.security-enabled
    if [[ $(get_value "$name") != true ]]; then
        say "Metrics: /metrics only for the file realm's group microprofile"
        asadmin set-metrics-configuration "${TARGET[@]}" --securityenabled=true >/dev/null
    fi
}

configure_http() {
    # The server's own answers (a 404 outside the application, a refused method) name neither the server
    # nor its version: no Server or X-Powered-By header on the HTTP and HTTPS listeners.
    local listener name
    for listener in http-listener-1 http-listener-2; do
        for name in xpowered-by server-header; do
            name=configs.config.$CFG.network-config.protocols.protocol.$listener.http.$name
            if [[ $(get_value "$name") != false ]]; then
                say "HTTP: $listener without ${name##*.}"
                asadmin set "$name=false" >/dev/null
                RESTART=1
            fi
        done
    done
    # Outside /dpf the server answers by itself, and Payara's own 404 report names the server and its
    # version: the virtual server sends a page of the platform's own instead, and its start page (Payara's
    # welcome page) sends visitors to the platform.
    write_server_pages
    name=configs.config.server-config.http-service.virtual-server.server.property.send-error_1
    local value="code=404 path=$DOMAIN_DIR/docroot/dpf-404.html reason=Not_Found"
    if [[ $(get_value "$name") != "$value" ]]; then
        say "HTTP: the server's own 404 page is the platform's"
        asadmin set "$name=$value" >/dev/null   # applied at once, no restart
    fi
}

write_server_pages() {
    cat >"$DOMAIN_DIR/docroot/dpf-404.html" <<'HTML'
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="UTF-8"><title>页面不存在 · Page not found</title></head>
<body>
<main>
<h1>页面不存在</h1>
<p>您要找的页面不存在。请前往<a href="/dpf/">西宁市残疾人事业综合管理平台</a>。</p>
<h2 lang="en">Page not found</h2>
<p lang="en">The page you asked for does not exist. Go to the <a href="/dpf/">Xining DPF platform</a>.</p>
</main>
</body>
</html>
HTML
    cat >"$DOMAIN_DIR/docroot/index.html" <<'HTML'
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="UTF-8"><meta http-equiv="refresh" content="0; url=/dpf/"><title>西宁市残疾人事业综合管理平台</title></head>
<body><main><p><a href="/dpf/">西宁市残疾人事业综合管理平台</a> · <a href="/dpf/" lang="en">Xining DPF platform</a></p></main></body>
</html>
HTML
}

# EclipseLink's SQL dialect (persistence.xml reads it as ${dpf.jpa.targetDatabase}). It detects the
# database by itself, except that H2 in Oracle mode calls itself H2 yet refuses H2's LIMIT: there the
# Oracle dialect is what the database speaks, which also exercises the SQL production will run. The
# platform's own Oracle dialect (ejb, OffsetFetchOraclePlatform) pages by OFFSET/FETCH, which H2 stops
# after the page's rows, where it computed the whole of EclipseLink's ROWNUM subquery first.
jpa_target_database() {
    if [[ $DPF_DB == oracle || $DPF_DB == h2 && $DPF_H2_MODE == *MODE=Oracle* ]]; then
        echo cn.xndpf.infrastructure.persistence.shared.OffsetFetchOraclePlatform
    else
        echo Auto
    fi
}

# The JVM options this platform needs. An option whose key (-Dname=, -Xmx) is configured with another
# value is replaced.
JVM_OPTIONS=(
    "-Dfile.encoding=UTF-8"
    "-Duser.timezone=Asia/Shanghai"
    "-Duser.language=zh"
    "-Duser.country=CN"
    "-Xmx$DPF_HEAP"
    "-Ddpf.demo.people=$DEMO_PEOPLE"
    "-Ddpf.demo.history=$DPF_DEMO_HISTORY"
    "-Ddpf.jpa.targetDatabase=$(jpa_target_database)"
    # The admin interface stores an uploaded archive in the temporary directory under its own name
    # (dpf.ear): domains sharing /tmp on one machine would overwrite each other's deployments.
    "-Djava.io.tmpdir=$DOMAIN_DIR/tmp"
)
if [[ -n ${DPF_STATISTICS_MONTH_SCHEDULE:-} ]]; then
    JVM_OPTIONS+=("-Ddpf.statistics.monthSchedule=$DPF_STATISTICS_MONTH_SCHEDULE")
fi

jvm_option_key() {
    case "$1" in
        -D*=*) printf '%s\n' "${1%%=*}=" ;;
        -Xmx*) printf '%s\n' "-Xmx" ;;
        -Xms*) printf '%s\n' "-Xms" ;;
        *) printf '%s\n' "$1" ;;
    esac
}

configure_jvm() {
    local configured option key existing
    mkdir -p "$DOMAIN_DIR/tmp"
    configured=$(asadmin list-jvm-options "${TARGET[@]}" | awk '/^-/ { print $1 }')
    for option in "${JVM_OPTIONS[@]}"; do
        # the DAS's own upload directory; instances do not receive uploads
        [[ $CFG != server-config && $option == -Djava.io.tmpdir=* ]] && continue
        grep -qxF -- "$option" <<<"$configured" && continue
        key=$(jvm_option_key "$option")
        while IFS= read -r existing; do
            [[ -n $existing ]] || continue
            asadmin delete-jvm-options "${TARGET[@]}" -- "$existing" >/dev/null
        done < <(awk -v k="$key" 'index($0, k) == 1' <<<"$configured")
        say "JVM option $option ($CFG)"
        asadmin create-jvm-options "${TARGET[@]}" -- "$option" >/dev/null
        RESTART=1
    done
}

# The domain is stopped when provisioning fails or is interrupted (it would hold the ports and the
# database), and when "run" ends for whatever reason. A signal ends the script through its EXIT trap.
stop_on_exit() {
    local status=$?
    trap '' INT TERM HUP PIPE
    if [[ -n ${TAIL_PID:-} ]]; then
        kill "$TAIL_PID" 2>/dev/null || true
    fi
    if { ((status != 0)) || [[ ${STOP_ON_EXIT:-false} == true ]]; } \
        && [[ -x $PAYARA_HOME/bin/asadmin ]] && domain_running; then
        say "Stopping domain $DPF_DOMAIN" 2>/dev/null || true
        asadmin_local stop-domain "$DPF_DOMAIN" >/dev/null 2>&1 || true
    fi
    exit "$status"
}

# Installs, configures and starts the domain (see the header); the caller sets the traps.
provision_domain() {
    ensure_payara
    stop_domain
    ensure_ports_free
    if [[ $DPF_WIPE_DATA == true ]]; then
        wipe_data
    fi
    ensure_domain
    if [[ ${SET_ASIDE_APP:-false} == true ]]; then
        set_aside_application
    fi
    start_domain
    RESTART=0
    configure_database
    configure_batch
    configure_security
    configure_batch_identity
    configure_monitoring
    configure_http
    configure_jvm
    secure_admin
    if ((RESTART)); then
        restart_domain
    fi
    say "Domain $DPF_DOMAIN is running: admin $(admin_url), HTTP http://localhost:$HTTP_PORT"
    if [[ $DPF_DEMO != true ]]; then
        if [[ ${GENERATED_ADMIN_PASSWORD:-false} == true ]]; then
            say "Admin console user admin: generated password in $DPF_ADMIN_PASSWORD_FILE"
        else
            say "Admin console user admin: password in $DPF_ADMIN_PASSWORD_FILE"
        fi
    fi
}

provision_trap_cluster() {
    trap 'status=$?; ((status == 0)) || cluster_stop; exit $status' EXIT
    trap 'exit 130' INT TERM HUP
    cluster_provision
    trap - EXIT INT TERM HUP
}

provision() {
    trap stop_on_exit EXIT
    trap 'exit 130' INT TERM HUP
    provision_domain
    trap - EXIT INT TERM HUP
}

# ---------------------------------------------------------------------------------------------------
# Applications
# ---------------------------------------------------------------------------------------------------

deploy() {
    local ear=${1:-}
    [[ -n $ear ]] || die "usage: $0 deploy <path to dpf.ear>"
    [[ -f $ear ]] || die "EAR not found: $ear (build it with 'mvn package' from the repository root)"
    ear=$(absolute "$ear")
    say "Deploying $ear as $APP_NAME"
    asadmin deploy --force=true --name "$APP_NAME" "$ear" \
        || die "deployment failed; see $SERVER_LOG"
}

undeploy() {
    say "Undeploying $APP_NAME"
    asadmin undeploy "$APP_NAME"
}

admin_url() {
    if [[ -f $DPF_ADMIN_PASSWORD_FILE ]]; then
        echo "https://localhost:$ADMIN_PORT"
    else
        echo "http://localhost:$ADMIN_PORT"
    fi
}

print_addresses() {
    cat <<EOF

================================================================================================
 西宁市残疾人事业综合管理平台 is running (domain $DPF_DOMAIN, database $DPF_DB)

   Application     http://localhost:$HTTP_PORT/dpf
   REST API        http://localhost:$HTTP_PORT/dpf/api/v1
   Admin console   $(admin_url)
   Server log      $SERVER_LOG
EOF
    if [[ $DPF_DB == h2 ]]; then
        echo "   Database        $DPF_DATA_DIR (H2)"
    fi
    echo
    if [[ $DPF_DEMO == true ]]; then
        echo " Demo logins (admin console: user admin, no password):"
        sed 's/^/   /' "$DEMO_LOGINS"
    else
        echo " Admin console: user admin, password in $DPF_ADMIN_PASSWORD_FILE"
        if [[ -f $FIRST_ADMIN_FILE ]]; then
            echo " Platform: first administrator's one-time password in $FIRST_ADMIN_FILE"
        fi
    fi
    cat <<EOF

 Ctrl-C stops the server.
================================================================================================

EOF
}

run() {
    local ear=${1:-}
    [[ -n $ear ]] || die "usage: $0 run <path to dpf.ear>"
    [[ -f $ear ]] || die "EAR not found: $ear (build it with 'mvn package' from the repository root)"
    trap stop_on_exit EXIT
    trap 'exit 130' INT TERM HUP
    SET_ASIDE_APP=true
    provision_domain
    deploy_replacing_or_retry "$ear"
    print_addresses
    STOP_ON_EXIT=true
    # In the background, so that a signal is handled at once (bash runs traps only between foreground
    # commands); Ctrl-C or TERM ends the script, and its EXIT trap stops the domain.
    tail -n 0 -F "$SERVER_LOG" &
    TAIL_PID=$!
    wait "$TAIL_PID"
}


# ---------------------------------------------------------------------------------------------------
# Cluster mode (cluster-* commands): the DAS administers a deployment group of DPF_INSTANCES instances
# on this machine, which share Payara's data grid (Hazelcast: web sessions, EJB timers' and caches'
# cluster), one database (an H2 server started here, or Oracle configured as for one server) and a load
# balancer in front (nginx, sticky by session cookie, passing a request on when an instance is gone).
# Instance n has port base DPF_PORTBASE + 100*n (HTTP +80); the load balancer listens on DPF_PORTBASE+90,
# the H2 server on DPF_PORTBASE+92. The DAS runs no application.
# ---------------------------------------------------------------------------------------------------

CLUSTER=0
DPF_INSTANCES=${DPF_INSTANCES:-2}
GROUP=dpf-group
CLUSTER_CONFIG=dpf-cluster-config
NODE=localhost-$DPF_DOMAIN
LB_PORT=$((DPF_PORTBASE + 90))
H2_PORT=$((DPF_PORTBASE + 92))
CLUSTER_DIR=$DPF_SERVER_DIR/$DPF_DOMAIN-cluster        # nginx's and the H2 server's files

instance_name() { echo "dpf-i$1"; }
instance_http_port() { echo $((DPF_PORTBASE + 100 * $1 + 80)); }

cluster_check() {
    [[ $DPF_INSTANCES =~ ^[1-9]$ ]] || die "DPF_INSTANCES must be a number from 1 to 9, not '$DPF_INSTANCES'"
    ((DPF_PORTBASE + 100 * DPF_INSTANCES + 99 <= 65535)) || die "DPF_PORTBASE leaves no ports for $DPF_INSTANCES instances"
    command -v nginx >/dev/null || die "cluster mode needs nginx as its load balancer: apt-get install nginx"
}

cluster_h2_start() {
    [[ $DPF_DB == h2 ]] || return 0
    mkdir -p "$CLUSTER_DIR" "$DPF_DATA_DIR"
    if port_taken "$H2_PORT"; then
        [[ -f $CLUSTER_DIR/h2.pid ]] && kill -0 "$(cat "$CLUSTER_DIR/h2.pid")" 2>/dev/null && return 0
        die "port $H2_PORT (the cluster's H2 server) is in use by another process"
    fi
    say "Starting the H2 server on port $H2_PORT (database in $DPF_DATA_DIR)"
    # -ifNotExists: the first start creates the database, as the embedded H2 of one server does; the port is
    # local to this machine (no -tcpAllowOthers)
    nohup java -cp "$PAYARA_HOME/h2db/bin/h2.jar" org.h2.tools.Server -tcp -tcpPort "$H2_PORT" -ifNotExists \
        -baseDir "$DPF_DATA_DIR" >"$CLUSTER_DIR/h2.log" 2>&1 &
    echo $! >"$CLUSTER_DIR/h2.pid"
    local waited=0
    until port_taken "$H2_PORT"; do
        ((waited++ < 30)) || die "the H2 server did not start; see $CLUSTER_DIR/h2.log"
        sleep 1
    done
}

cluster_h2_stop() {
    if [[ -f $CLUSTER_DIR/h2.pid ]]; then
        kill "$(cat "$CLUSTER_DIR/h2.pid")" 2>/dev/null && say "Stopping the H2 server" || true
        rm -f "$CLUSTER_DIR/h2.pid"
    fi
}

# nginx in front of the instances: the same session cookie always reaches the same instance (hash), and a
# request an instance cannot take (refused, timed out, 502/503) is passed to the next one, where the
# session is read from the data grid. X-DPF-Instance tells which instance answered (for the tests).
cluster_lb_start() {
    mkdir -p "$CLUSTER_DIR/nginx/logs" "$CLUSTER_DIR/nginx/tmp"
    local conf=$CLUSTER_DIR/nginx/nginx.conf i servers=""
    for ((i = 1; i <= DPF_INSTANCES; i++)); do
        servers+="        server 127.0.0.1:$(instance_http_port "$i") max_fails=1 fail_timeout=30s;"$'\n'
    done
    cat >"$conf" <<NGINX
# written by dpf-server.sh (cluster mode); changes are lost on the next cluster-provision
worker_processes 1;
pid $CLUSTER_DIR/nginx/nginx.pid;
error_log $CLUSTER_DIR/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log $CLUSTER_DIR/nginx/logs/access.log;
    client_body_temp_path $CLUSTER_DIR/nginx/tmp/body;
    proxy_temp_path $CLUSTER_DIR/nginx/tmp/proxy;
    fastcgi_temp_path $CLUSTER_DIR/nginx/tmp/fastcgi;
    uwsgi_temp_path $CLUSTER_DIR/nginx/tmp/uwsgi;
    scgi_temp_path $CLUSTER_DIR/nginx/tmp/scgi;
    client_max_body_size 64m;
    server_tokens off;
    upstream dpf {
        hash \$cookie_JSESSIONID consistent;
$servers    }
    server {
        listen 127.0.0.1:$LB_PORT;
        location / {
            proxy_pass http://dpf;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_connect_timeout 2s;
            proxy_read_timeout 600s;
            proxy_next_upstream error timeout http_502 http_503 non_idempotent;
            add_header X-DPF-Instance \$upstream_addr always;
        }
    }
}
NGINX
    cluster_lb_stop
    port_taken "$LB_PORT" && die "port $LB_PORT (the load balancer) is in use by another process"
    say "Starting the load balancer (nginx) on port $LB_PORT"
    nginx -p "$CLUSTER_DIR/nginx" -c "$conf" || die "nginx did not start; see $CLUSTER_DIR/nginx/logs/error.log"
}

cluster_lb_stop() {
    local pid=$CLUSTER_DIR/nginx/nginx.pid
    if [[ -f $pid ]] && kill -0 "$(cat "$pid")" 2>/dev/null; then
        say "Stopping the load balancer"
        kill -QUIT "$(cat "$pid")" 2>/dev/null || true
        local waited=0
        while kill -0 "$(cat "$pid" 2>/dev/null || echo 0)" 2>/dev/null && ((waited++ < 20)); do
            sleep 0.5
        done
    fi
}

# Web sessions of an application deployed with availability enabled are kept in the data grid.
configure_availability() {
    local name=configs.config.$CFG.availability-service.web-container-availability.persistence-type
    if [[ $(get_value "$name") != hazelcast ]]; then
        say "Availability: web sessions in the data grid ($CFG)"
        asadmin set "$name=hazelcast" >/dev/null
        RESTART=1
    fi
}

cluster_instances_stop() {
    local i name
    for ((i = 1; i <= 9; i++)); do
        name=$(instance_name "$i")
        [[ -d $PAYARA_HOME/glassfish/nodes/$NODE/$name ]] || continue
        asadmin_local stop-local-instance --node "$NODE" "$name" >/dev/null 2>&1 && say "Stopped instance $name" || true
    done
}

cluster_stop() {
    cluster_lb_stop
    if [[ -x $PAYARA_HOME/bin/asadmin ]]; then
        cluster_instances_stop
        stop_domain
    fi
    cluster_h2_stop
}

# The instances keep their EJB timers in the data grid, Payara's choice for a deployment group, instead of
# each instance's embedded timer database (a second instance's failed to start, and the application with
# it: "EJB Timer Service is not available"). The platform's timers are not persistent; the service must run.
configure_cluster_timers() {
    local name=configs.config.$CFG.ejb-container.ejb-timer-service.ejb-timer-service
    if [[ $(get_value "$name") != DataGrid ]]; then
        say "EJB timer service in the data grid ($CFG)"
        asadmin set "$name=DataGrid" >/dev/null
        RESTART=1
    fi
}

cluster_provision() {
    CLUSTER=1
    cluster_check
    ensure_payara
    cluster_stop
    ensure_ports_free
    if [[ $DPF_WIPE_DATA == true ]]; then
        wipe_data
        # The old domain's instances and deployments (one failed half way leaves the application listed but
        # "not registered", and every later deploy fails) have no business with a new database: start afresh.
        say "Deleting the cluster's domain and instances (DPF_WIPE_DATA=true)"
        rm -rf "$DOMAIN_DIR" "$PAYARA_HOME/glassfish/nodes/$NODE"
    fi
    cluster_h2_start
    ensure_domain
    start_domain
    RESTART=0
    configure_database
    secure_admin
    if ! asadmin list-configs | grep -qx "$CLUSTER_CONFIG"; then
        say "Creating configuration $CLUSTER_CONFIG for the instances"
        asadmin copy-config default-config "$CLUSTER_CONFIG" >/dev/null
    fi
    CFG=$CLUSTER_CONFIG
    TARGET=(--target "$CLUSTER_CONFIG")
    configure_batch
    configure_security
    configure_batch_identity
    configure_monitoring
    configure_http
    configure_jvm
    configure_availability
    configure_cluster_timers
    CFG=server-config
    TARGET=()
    if ! asadmin list-deployment-groups 2>/dev/null | grep -qw -- "$GROUP"; then
        say "Creating deployment group $GROUP"
        asadmin create-deployment-group "$GROUP" >/dev/null
    fi
    local i name existing
    existing=$(asadmin list-instances 2>/dev/null | awk '{ print $1 }')
    for ((i = 1; i <= DPF_INSTANCES; i++)); do
        name=$(instance_name "$i")
        if ! grep -qx "$name" <<<"$existing"; then
            say "Creating instance $name (HTTP $(instance_http_port "$i"))"
            asadmin create-instance --node "$NODE" --config "$CLUSTER_CONFIG" \
                --portbase $((DPF_PORTBASE + 100 * i)) "$name" >/dev/null || die "create-instance $name failed"
            asadmin add-instance-to-deployment-group --instance "$name" --deploymentgroup "$GROUP" >/dev/null
        fi
    done
    if ! asadmin list-resource-refs "$GROUP" 2>/dev/null | grep -qx "$RESOURCE"; then
        asadmin create-resource-ref --target "$GROUP" "$RESOURCE" >/dev/null
    fi
    # The instances would load the application deployed last time as they start, on a database that may
    # have been wiped, before cluster-deploy replaces it (two old instances raced each other's demo data):
    # it is disabled on the group first, and cluster-deploy deploys and enables the new one.
    if asadmin list-applications "$GROUP" 2>/dev/null | grep -qw -- "^$APP_NAME"; then
        say "Disabling the application deployed before on $GROUP (cluster-deploy brings the new one)"
        # (a deployment that failed half way is listed but "not registered": then there is nothing to load)
        asadmin disable --target "$GROUP" "$APP_NAME" >/dev/null 2>&1 || say "($APP_NAME was not registered on $GROUP)"
    fi
    if ((RESTART)); then
        restart_domain
    fi
    say "Starting deployment group $GROUP ($DPF_INSTANCES instances)"
    asadmin start-deployment-group "$GROUP" >/dev/null || die "the instances did not start; see $PAYARA_HOME/glassfish/nodes/$NODE/*/logs/server.log"
    cluster_lb_start
    say "Cluster running: load balancer http://localhost:$LB_PORT/dpf, admin $(admin_url)"
}

cluster_deploy() {
    local ear=${1:-}
    [[ -n $ear && -f $ear ]] || die "usage: $0 cluster-deploy <path to dpf.ear>"
    say "Deploying $ear to deployment group $GROUP (sessions in the data grid)"
    asadmin deploy --force=true --enabled=true --target "$GROUP" --availabilityenabled=true --name "$APP_NAME" "$(absolute "$ear")" \
        || die "deployment failed; see $PAYARA_HOME/glassfish/nodes/$NODE/*/logs/server.log"
}

usage() {
    sed -n '3,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

command=${1:-}
[[ $# -gt 0 ]] && shift
case "$command" in
    provision) provision ;;
    start)
        ensure_payara
        if [[ $# -gt 0 ]]; then
            start_with "$(absolute "$1")"
        else
            start_domain
        fi
        ;;
    stop)
        if [[ -x $PAYARA_HOME/bin/asadmin ]]; then
            stop_domain
        else
            say "No Payara in $PAYARA_HOME: nothing to stop"
        fi
        ;;
    status)
        if [[ -x $PAYARA_HOME/bin/asadmin ]] && domain_running; then
            say "Domain $DPF_DOMAIN is running (admin port $ADMIN_PORT, HTTP port $HTTP_PORT)"
        else
            say "Domain $DPF_DOMAIN is not running"
            exit 3
        fi
        ;;
    deploy) deploy "$@" ;;
    undeploy) undeploy ;;
    run) run "$@" ;;
    cluster-provision) provision_trap_cluster ;;
    cluster-deploy) CLUSTER=1; cluster_deploy "$@" ;;
    cluster-stop) CLUSTER=1; cluster_stop ;;
    -h | --help | help) usage 0 ;;
    *) usage 2 >&2 ;;
esac
