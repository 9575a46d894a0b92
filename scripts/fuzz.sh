#!/usr/bin/env bash
# Fuzzes one of Trailmap's doors for untrusted files with AFL++ through cargo-afl (stable Rust;
# cargo-fuzz would need nightly). See the README's "Fuzzing" section for the targets.
#
#   scripts/fuzz.sh TARGET [MINUTES]      (default 30 minutes)
#
# TARGET is one of: load import_sheet import_xlsx import_mermaid merge diff paste.
# Installs cargo-afl if missing, builds fuzz/ with `cargo afl build --release`, runs the target
# on fuzz/seeds/TARGET with fuzz/dict/map.dict and writes afl's findings to fuzz/out/TARGET
# (crashes/ and hangs/ hold the inputs to minimise with `cargo afl tmin`). An earlier run's
# queue is resumed. Every cargo and afl command runs under `nice -n 19` (CI has 2 cores).
# FUZZ_JOBS=N runs N-1 secondary fuzzers beside the main one (default 1: only the main one).
set -euo pipefail
cd "$(dirname "$0")/.."
targets="load import_sheet import_xlsx import_mermaid merge diff paste"
target=${1:-}
minutes=${2:-30}
if [ -z "$target" ] || ! [[ " $targets " == *" $target "* ]]; then
    echo "usage: scripts/fuzz.sh TARGET [MINUTES]; TARGET is one of: $targets" >&2
    exit 2
fi
if ! [[ "$minutes" =~ ^[0-9]+$ ]] || [ "$minutes" -lt 1 ]; then
    echo "MINUTES must be a whole number of at least 1, not '$minutes'" >&2
    exit 2
fi

if ! cargo afl --version >/dev/null 2>&1; then
    echo "== installing cargo-afl"
    nice -n 19 cargo install --locked cargo-afl
fi
# cargo-afl builds AFL++ for the installed rustc the first time; `config --build` does it now.
# (The help is read whole first: `grep -q` would stop reading early, afl would die of SIGPIPE
# and, under pipefail, a built AFL++ would look missing.)
afl_help=$(cargo afl fuzz -h 2>&1 || true)
if ! grep -q "Required parameters" <<<"$afl_help"; then
    echo "== building AFL++ (cargo afl config --build)"
    nice -n 19 cargo afl config --build
fi

cd fuzz
echo "== building the fuzz targets"
nice -n 19 cargo afl build --release --locked
if ! [ -d "seeds/$target" ] || [ -z "$(ls -A "seeds/$target")" ]; then
    echo "== writing seed corpora"
    ./target/release/make_seeds
fi

out="out/$target"
mkdir -p "$out"
input="seeds/$target"
# A queue from an earlier run: resume it (`-i -`) instead of starting from the seeds again.
if [ -d "$out/main/queue" ]; then
    input="-"
fi
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
# A panic prints its message and then aborts (cargo-afl's hook); with RUST_BACKTRACE set, the
# backtrace of a 140 MB binary took longer than the 1 s limit, so panics were counted as hangs.
export RUST_BACKTRACE=0
# A target that loads a map and exports it may take a while on a big input; 1 s per run and
# inputs of at most 64 KiB keep the fuzzer on what a person could still open.
fuzz_args=(-i "$input" -o "$out" -x dict/map.dict -t 1000 -g 1 -G 65536 -V $((minutes * 60)))
echo "== fuzzing $target for $minutes minutes (findings in fuzz/$out)"
jobs=${FUZZ_JOBS:-1}
pids=()
for ((j = 1; j < jobs; j++)); do
    AFL_NO_UI=1 nice -n 19 cargo afl fuzz "${fuzz_args[@]}" -S "secondary$j" \
        "target/release/$target" >"$out/secondary$j.log" 2>&1 &
    pids+=($!)
done
status=0
nice -n 19 cargo afl fuzz "${fuzz_args[@]}" -M main "target/release/$target" >"$out/main.log" 2>&1 \
    || status=$?
for pid in "${pids[@]}"; do wait "$pid" || true; done
if [ "$status" -ne 0 ]; then
    echo "afl-fuzz exited with $status; the end of fuzz/$out/main.log:" >&2
    tail -n 30 "$out/main.log" >&2
    exit "$status"
fi

stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$2"; }
echo "== $target: afl's figures"
for stats in "$out"/*/fuzzer_stats; do
    echo "-- $(basename "$(dirname "$stats")")"
    for key in run_time execs_done execs_per_sec corpus_count saved_crashes saved_hangs \
        stability bitmap_cvg; do
        printf '   %-14s %s\n' "$key" "$(stat "$key" "$stats")"
    done
done
crashes=$(find "$out"/*/crashes -type f ! -name README.txt 2>/dev/null | wc -l)
hangs=$(find "$out"/*/hangs -type f 2>/dev/null | wc -l)
echo "== crashes: $crashes, hangs: $hangs (inputs in fuzz/$out/*/crashes and */hangs)"
