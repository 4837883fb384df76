# Sourced by the release's bin/fitt and by the source tree's ./fitt, so both start fitt with the same
# JVM defaults: this file holds the rules, lib/jvm/*.options the flags (bin/fitt.bat reads those too).
#   fitt_run JAVA JAR OPTIONS_DIR ARCHIVE [ARGS...]
# runs "JAVA ... -jar JAR ARGS" in place of the shell; ARCHIVE is where the server's class archive
# is kept ("" for none). JAVA_OPTS is passed to java last, so any flag given there wins.
#   fitt_explain_out_of_memory_if_asked [ARGS...]
# is the first thing a launcher does: the server's JVM runs "LAUNCHER --explain-out-of-memory
# PERCENT MIB" when its heap runs out (see -XX:OnOutOfMemoryError below), just before it exits with
# code 3; PERCENT is "-" when JAVA_OPTS sized the heap, followed by its -Xmx when it has one.

#   fitt_require_java JAVA INSTALL_HINT
# exits 2 (a setup problem, as the README's exit codes have it) with one line when JAVA ("" when
# none was found) is no Java 17 or newer: what was found and what to install (INSTALL_HINT ends it).

fitt_require_java() {
    local java_cmd="$1" hint="$2" path version major
    if [[ -z "$java_cmd" ]] || ! path="$(command -v "$java_cmd")"; then
        echo "fitt: no Java found: install Java 17 or newer and put it on the PATH or set JAVA_HOME to it$hint" >&2
        exit 2
    fi
    version="$(fitt_java_version "$path")"
    if [[ "$version" =~ ^1\.([0-9]+) || "$version" =~ ^([0-9]+) ]]; then
        major="${BASH_REMATCH[1]}"
    else
        return 0 # a Java that does not say its version the usual way is left to try
    fi
    if ((10#$major < 17)); then
        echo "fitt: $path is Java $version, but fitt needs Java 17 or newer: install one and put it on the" \
            "PATH or set JAVA_HOME to it$hint" >&2
        exit 2
    fi
}

# The version of the java at $1: from the release file of its Java home, which every Java since 9
# has (read with bash alone, so a start pays no extra JVM), else as "java -version" prints it.
fitt_java_version() {
    local java_path="$1" real line
    real="$(readlink -f "$java_path" 2>/dev/null)" || real="$java_path"
    if [[ "$real" == */bin/java && -r "${real%/bin/java}/release" ]]; then
        while IFS= read -r line; do
            if [[ "$line" =~ ^JAVA_VERSION=\"([^\"]+)\" ]]; then
                echo "${BASH_REMATCH[1]}"
                return
            fi
        done <"${real%/bin/java}/release"
    fi
    if [[ "$("$java_path" -version 2>&1)" =~ version\ \"([^\"]+)\" ]]; then
        echo "${BASH_REMATCH[1]}"
    fi
}

fitt_explain_out_of_memory_if_asked() {
    [[ "${1:-}" == "--explain-out-of-memory" ]] || return 0
    local heap
    if [[ "${2:--}" == - ]]; then
        heap="${3:+$3, }as JAVA_OPTS sets it"
    else
        heap="at most $2% of this machine's memory, ~${3:-?} MiB"
    fi
    echo "fitt: the server ran out of memory (heap $heap) and stops; every acknowledged change is in" \
        "the journal and comes back at the next start. Give it more heap, e.g. JAVA_OPTS=-Xmx16g or" \
        "JAVA_OPTS=-XX:MaxRAMPercentage=75 fitt server ..., on a machine with that much memory." >&2
    exit 0
}

# This machine's memory in MiB, or its container's limit when that is lower (as the JVM reckons).
# Bash builtins only: a release may run where few other tools are on the PATH.
fitt_machine_memory_mib() {
    local mib=0 key value limit=""
    if [[ -r /proc/meminfo ]]; then
        while read -r key value _; do
            if [[ "$key" == MemTotal: ]]; then
                mib=$((value / 1024))
                break
            fi
        done </proc/meminfo
    fi
    if [[ -r /sys/fs/cgroup/memory.max ]]; then
        read -r limit </sys/fs/cgroup/memory.max || true
    fi
    if [[ "$limit" =~ ^[0-9]+$ ]] && ((limit / 1048576 < mib)); then
        mib=$((limit / 1048576))
    fi
    echo "$mib"
}

# The percentage of memory the heap options file ($1) gives the heap, if it says one.
fitt_heap_percent() {
    local line
    while read -r line; do
        if [[ "$line" =~ ^-XX:MaxRAMPercentage=([0-9]+) ]]; then
            echo "${BASH_REMATCH[1]}"
            return
        fi
    done <"$1"
}

# Whether the server settings that "fitt server ARGS..." would read ("--config FILE", else
# server_setting.json here) name a "database": such a server starts from a database, whose rows
# come one driver buffer each, and gets a larger first heap (lib/jvm/server-database-heap.options).
# Bash alone, reading the small file; a file it cannot read counts as no database.
fitt_server_uses_database() {
    local config="server_setting.json" text
    while (($# > 0)); do
        case "$1" in
            --config) config="${2:-}"; shift ;;
            --config=*) config="${1#--config=}" ;;
        esac
        shift
    done
    [[ -f "$config" && -r "$config" ]] || return 1
    text="$(<"$config")" || return 1
    [[ "$text" =~ \"database\"[[:space:]]*:[[:space:]]*\{ ]]
}

# Writes the server's class archive to $3 for java $1 and jar $2 (JVM flags follow). The JVM writes
# an archive at exit and a cut-short one crashes every JVM that maps it (SIGBUS), so it is made
# under a temporary name, mapped once by a test run, and only then renamed into place. Any failure
# leaves no archive: the server then starts as it would without one.
fitt_prepare_class_archive() {
    local java_cmd="$1" jar="$2" archive="$3"
    shift 3
    local work
    work="$(mktemp -d "${TMPDIR:-/tmp}/fitt-class-archive.XXXXXX")" || return 1
    echo "fitt: preparing a class archive for faster server starts (once per build) ..." >&2
    printf 'clip_id,modality,file_path,tag_code_100\n1,camera_front,a.jpg,True\n1,camera_rear,b.jpg,\n' >"$work/data.csv"
    printf 'code,alias\n100,Clear Weather\n' >"$work/meta.csv"
    : >"$work/a.jpg" && : >"$work/b.jpg" # a dataset whose images are all missing is no setup to check
    printf '{"host": "127.0.0.1", "port": 0, "csv_dir": "%s", "csv_save_dir": "%s", "meta_path": "%s"}\n' \
        "$work/data.csv" "$work/out" "$work/meta.csv" >"$work/settings.json"
    local made=1
    # shellcheck disable=SC2086 # JAVA_OPTS holds several words on purpose.
    if "$java_cmd" "$@" ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$work/fitt.jsa" -jar "$jar" server \
            --config "$work/settings.json" --check >"$work/train.log" 2>&1 \
        && "$java_cmd" -Xshare:on "$@" ${JAVA_OPTS:-} -XX:SharedArchiveFile="$work/fitt.jsa" -jar "$jar" --version \
            >/dev/null 2>&1 \
        && mv -f "$work/fitt.jsa" "$archive"; then
        made=0
    else
        echo "fitt: no class archive (the server starts without one); see $work/train.log" >&2
    fi
    [[ $made -eq 0 ]] && rm -rf "$work"
    return $made
}

fitt_run() {
    local java_cmd="$1" jar="$2" options="$3" archive="$4"
    shift 4
    local defaults=()

    # Transparent huge pages for the heap, where the kernel offers them on request: on the virtual
    # machines measured here a first touch of memory costs ~11 us per 4 KB page, so a million-row
    # start spent ~0.6 s in page faults (and the client's decode workers stalled in phases); 2 MB
    # pages take a fault each. Only asked for when available, as the JVM warns otherwise.
    if grep -qs '\[\(always\|madvise\)\]' /sys/kernel/mm/transparent_hugepage/enabled; then
        defaults+=(-XX:+UseTransparentHugePages)
    fi

    # Only "server" gets the server defaults (lib/jvm/server*.options): the client's image cache is
    # sized from the heap and wants more, and "demo"/"tag" run the client in the same JVM.
    if [[ "${1:-}" == "server" ]]; then
        # Two malloc arenas instead of one per thread keep native memory flat under many connections.
        export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
        defaults+=("@$options/server.options")
        if [[ ! " ${JAVA_OPTS:-} " =~ [[:space:]]-XX:\+Use[A-Za-z0-9]*GC[[:space:]] ]]; then
            defaults+=("@$options/server-gc.options")
        fi
        local heap_note="-" percent
        if [[ ! " ${JAVA_OPTS:-} " =~ [[:space:]]-(Xmx|Xms|XX:MaxHeapSize=|XX:MaxRAMPercentage=|XX:MaxRAM=) ]]; then
            defaults+=("@$options/server-heap.options")
            if fitt_server_uses_database "${@:2}"; then
                defaults+=("@$options/server-database-heap.options")
            fi
            percent="$(fitt_heap_percent "$options/server-heap.options")"
            if [[ -n "$percent" ]]; then
                heap_note="$percent $(($(fitt_machine_memory_mib) * percent / 100))"
            fi
        elif [[ " ${JAVA_OPTS:-} " =~ [[:space:]]-Xmx([0-9]+[kKmMgGtT]?)[[:space:]] ]]; then
            heap_note="- -Xmx${BASH_REMATCH[1]}"
        fi
        # The JVM runs this through /bin/sh and echoes the command line itself first, so it is kept
        # short; $0 is the launcher that sourced this file.
        defaults+=("-XX:OnOutOfMemoryError='$(readlink -f "$0")' --explain-out-of-memory $heap_note")
        # A class archive (AppCDS) of the classes a server start loads: the JVM maps them instead of
        # reading and verifying ~3,000 classes from the jar, which took ~0.8 s of a start on a
        # 2-core machine (docs/BENCHMARKS.md). Made once per build of the jar (and per Java), by a
        # "server --check" run on a tiny dataset; FITT_CLASS_ARCHIVE=off skips it, and so does a
        # folder for it that cannot be written.
        if [[ -n "$archive" && "${FITT_CLASS_ARCHIVE:-on}" != off \
                && ! " ${JAVA_OPTS:-} " =~ [[:space:]]-X(X:SharedArchiveFile=|share:) ]] \
                && mkdir -p "$(dirname "$archive")" 2>/dev/null && [[ -w "$(dirname "$archive")" ]]; then
            if ! fitt_class_archive_is_fresh "$archive" "$jar" "$java_cmd"; then
                fitt_prepare_class_archive "$java_cmd" "$jar" "$archive" ${defaults[@]+"${defaults[@]}"} || true
            fi
            if fitt_class_archive_is_fresh "$archive" "$jar" "$java_cmd"; then
                defaults+=("-XX:SharedArchiveFile=$archive")
            fi
        fi
    fi

    # shellcheck disable=SC2086 # JAVA_OPTS holds several words on purpose.
    exec "$java_cmd" ${defaults[@]+"${defaults[@]}"} ${JAVA_OPTS:-} -jar "$jar" "$@"
}

# An archive is only valid for the jar and the JVM that made it: it must be newer than both.
fitt_class_archive_is_fresh() {
    local archive="$1" jar="$2" java_cmd="$3"
    [[ -f "$archive" && ! "$jar" -nt "$archive" ]] || return 1
    local java_path
    java_path="$(readlink -f "$(command -v "$java_cmd")" 2>/dev/null)" || return 0
    local jvm="${java_path%/bin/java}/lib/server/libjvm.so"
    [[ ! "$java_path" -nt "$archive" && ! ( -f "$jvm" && "$jvm" -nt "$archive" ) ]]
}
