# Sourced by ./nines, ./verify and .ci/run: finds a JDK >= 21 and exports JAVA_HOME and JAVA.
# Order: $JAVA_HOME if new enough, then the newest JDK >= 21 under /usr/lib/jvm, then `javac` on the PATH if >= 21.

nines_java_feature() { # prints the feature version (17, 21, 25 ...) of the java binary $1, or 0
    # The JDK's release file answers without starting a JVM (each start costs 0.1-0.2 s); ask java only without it.
    local release version
    release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null | head -n1)
    if [ -n "$version" ]; then echo "$version"; return; fi
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1 | cut -d. -f1 || echo 0
}

nines_find_jdk() {
    local candidate best="" best_version=0 version
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        version=$(nines_java_feature "$JAVA_HOME/bin/java")
        if [ "${version:-0}" -ge 21 ]; then
            best="$JAVA_HOME"; best_version=$version
        fi
    fi
    if [ -z "$best" ]; then
        for candidate in /usr/lib/jvm/*/; do
            candidate=${candidate%/}
            [ -x "$candidate/bin/javac" ] || continue
            version=$(nines_java_feature "$candidate/bin/java")
            if [ "${version:-0}" -ge 21 ] && [ "${version:-0}" -gt "$best_version" ]; then
                best="$candidate"; best_version=$version
            fi
        done
    fi
    if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
        candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        version=$(nines_java_feature "$candidate/bin/java")
        if [ "${version:-0}" -ge 21 ]; then best="$candidate"; best_version=$version; fi
    fi
    if [ -z "$best" ] || [ "$best_version" -lt 21 ]; then
        echo "nines: no JDK 21 or newer found (looked at \$JAVA_HOME, /usr/lib/jvm/* and the PATH)." >&2
        echo "nines: install one (for example Temurin 21 or 25 from adoptium.net, or your distribution's openjdk-21-jdk" >&2
        echo "nines: or newer where it has one) and put it under /usr/lib/jvm, on the PATH, or in JAVA_HOME." >&2
        return 1
    fi
    export JAVA_HOME="$best"
    export JAVA="$best/bin/java"
}
