#!/usr/bin/env bash
# Screenshots for docs/screenshots: 1, 3, 6 cameras x 1440x900, 1024x700 x light, dark.
# Needs a gui-session tool (GUI_SESSION=path; runs Xvfb, sends keys, takes shots) and a built ./fitt.
# Usage: bench/screenshots.sh [OUT_DIR]   (default docs/screenshots)
set -u
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"; out="${1:-$repo/docs/screenshots}"; mkdir -p "$out"
declare -A CAMS=([1]="camera_front" [3]="camera_front,camera_left,camera_right" [6]="camera_front,camera_front_left,camera_front_right,camera_rear,camera_rear_left,camera_rear_right")
port=23110
for n in 1 3 6; do
  d="${TMPDIR:-/tmp}"/fitt-shots/c$n; rm -rf "$d"; mkdir -p "$d"
  "$repo/fitt" sample --out "$d" --rows $((n*120)) --cameras "${CAMS[$n]}" >/dev/null 2>&1 || { echo "sample $n failed"; exit 1; }
  port=$((port+1))
  printf '{"host": "127.0.0.1", "port": %d, "csv_dir": "%s/data.csv", "csv_save_dir": "%s/out", "meta_path": "%s/meta.csv"}\n' $port "$d" "$d" "$d" > "$d/server_setting.json"
  ( cd "$d" && timeout 600 "$repo/fitt" server --config server_setting.json > server.log 2>&1 ) &
  spid=$!
  for i in $(seq 1 60); do grep -q "listen:" "$d/server.log" 2>/dev/null && break; sleep 0.5; done
  for pair in 1600x1000:1440x900 1138x778:1024x700; do
    screen=${pair%%:*}; size=${pair##*:}
    disp=$((80 + n)); export DISPLAY=$(GUI_SESSION_SCREEN=${screen}x24 "${GUI_SESSION:-gui-session}" start $disp)
    for theme in light dark; do
      printf '{"host": "127.0.0.1", "port": %d, "theme": "%s", "annotator": "ana"}\n' $port $theme > "$d/client_setting.json"
      ( cd "$d" && timeout 120 "$repo/fitt" client --config client_setting.json > client-$size-$theme.log 2>&1 ) &
      cpid=$!
      "${GUI_SESSION:-gui-session}" wait "fitt" 60 >/dev/null
      sleep 4
      # a few tags so the view shows chosen tags and the timeline colours
      "${GUI_SESSION:-gui-session}" keys "fitt" 1 Right 2 Left >/dev/null 2>&1
      sleep 2
      "${GUI_SESSION:-gui-session}" shot "$out/client-${n}cam-${size}-${theme}.png" --window fitt >/dev/null
      kill $cpid 2>/dev/null; pkill -f "client --config client_setting.json" 2>/dev/null; sleep 1
    done
    "${GUI_SESSION:-gui-session}" stop >/dev/null 2>&1
  done
  kill $spid 2>/dev/null; pkill -f "server --config server_setting.json" 2>/dev/null; sleep 1
done
ls -la "$out"
