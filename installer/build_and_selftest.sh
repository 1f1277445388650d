#!/usr/bin/env bash
# Build the PyInstaller one-folder bundle (the same spec as the Windows build) and run the
# frozen program's self-test: a data file or hidden import missing from the spec fails here.
# Usage (from anywhere): bash installer/build_and_selftest.sh
set -euo pipefail
cd "$(dirname "$0")/.."

python -m pip install -q "pyinstaller>=6.5"
work="${HSP_BUILD_DIR:-build/pyinstaller}"
start=$(date +%s)
python -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath "$work" --distpath dist installer/hsp-desk.spec
built=$(date +%s)
echo "PyInstaller build: $((built - start)) s; bundle: $(du -sh dist/hsp-desk | cut -f1)"

export QT_QPA_PLATFORM=offscreen
# Run from outside the source tree so nothing can be picked up from the checkout.
(cd / && "$OLDPWD/dist/hsp-desk/hsp-desk" --self-test)
echo "Frozen self-test: $(( $(date +%s) - built )) s"
