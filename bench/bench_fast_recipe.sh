#!/bin/bash
# Time to accuracy with the fast recipe: the whole `netstudio train` command on the tutorial CNN
# (samples/mnist_cnn.nsproj.json, training.recipe "fast"), full MNIST, seeds 0 1 2.
#   bench/bench_fast_recipe.sh [--device cuda]
# Prints each run's "Finished ..." line and the wall time of the whole command.
set -e
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
for s in 0 1 2; do
  d=$(mktemp -d)
  python - "$d" "$s" <<'PY'
import json, sys
d, s = sys.argv[1], int(sys.argv[2])
p = json.load(open("samples/mnist_cnn.nsproj.json"))
p["training"]["seed"] = s
json.dump(p, open(f"{d}/fast.nsproj.json", "w"))
PY
  start=$(date +%s.%N)
  python -m netstudio train "$d/fast.nsproj.json" --quiet --no-tensorboard "$@" 2>&1 | grep -E "Finished|note"
  end=$(date +%s.%N)
  echo "seed $s: whole command $(python -c "print(round($end - $start, 1))") s wall (load $(cut -d' ' -f1 /proc/loadavg))"
  rm -rf "$d"
done
