# Sourced by ./test, .ci/run and ./devstack/run: picks a JDK that can build Mentorat (release 21).
# JAVA_HOME wins when it is 21 or newer; otherwise the newest JDK under /usr/lib/jvm.

# "25" for 25.0.1; anything older than 9 reports "1" and is too old either way
java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

find_jdk() {
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]] && (( $(java_major "$JAVA_HOME") >= 21 )); then
        echo "$JAVA_HOME"
        return 0
    fi
    local best="" best_major=0 candidate major
    for candidate in /usr/lib/jvm/*/; do
        candidate="${candidate%/}"
        [[ -x "$candidate/bin/javac" ]] || continue
        major="$(java_major "$candidate")"
        if [[ -n "$major" ]] && (( major > best_major )); then
            best="$candidate"
            best_major="$major"
        fi
    done
    if (( best_major < 21 )); then
        echo "Mentorat needs a JDK 21 or newer; found none in JAVA_HOME=${JAVA_HOME:-<unset>} or /usr/lib/jvm." >&2
        return 1
    fi
    echo "$best"
}

# Exports JAVA_HOME (and quiets Maven's own Unsafe warnings on JDK 24+).
use_jdk() {
    JAVA_HOME="$(find_jdk)" || exit 1
    export JAVA_HOME
    if (( $(java_major "$JAVA_HOME") >= 24 )); then
        export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
    fi
    echo "Using the JDK in $JAVA_HOME"
}
