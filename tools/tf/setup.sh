#!/usr/bin/env bash
# Makes .venv-tf: real TensorFlow (CPU) and TensorBoard, the referee that
# `npm run test:tf` and the TensorFlow columns of `npm run bench` compare
# Flowboard with. Pinned in tools/tf/requirements.lock. About 5 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.venv-tf
python=${PYTHON:-python3}

fail() { echo "tf:setup: $1" >&2; exit 1; }

command -v "$python" >/dev/null 2>&1 ||
  fail "python3 is not installed. On Debian: apt-get install -y python3 python3-venv (TensorFlow 2.21 needs Python 3.9 to 3.12), then rerun npm run tf:setup."
"$python" -c 'import sys; sys.exit(0 if (3, 9) <= sys.version_info[:2] <= (3, 12) else 1)' ||
  fail "$("$python" --version 2>&1) cannot run TensorFlow 2.21 (it needs Python 3.9 to 3.12). Set PYTHON=/path/to/python3.11 and rerun."
"$python" -c 'import venv, ensurepip' >/dev/null 2>&1 ||
  fail "python's venv module (with ensurepip) is missing. On Debian: apt-get install -y python3-venv, then rerun npm run tf:setup."

if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import tensorflow, tensorboard' >/dev/null 2>&1; then
  if "$venv/bin/pip" freeze 2>/dev/null | diff -q - tools/tf/requirements.lock >/dev/null; then
    echo "tf:setup: $venv is up to date ($("$venv/bin/python" -c 'import tensorflow as tf; print("TensorFlow", tf.__version__)' 2>/dev/null))"
    exit 0
  fi
fi

echo "tf:setup: making $venv with $("$python" --version 2>&1) (TensorFlow CPU and TensorBoard; about 5 minutes)"
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r tools/tf/requirements.lock
"$venv/bin/python" -c 'import tensorflow as tf, tensorboard; print("tf:setup: TensorFlow", tf.__version__, "and TensorBoard", tensorboard.__version__, "are ready in .venv-tf")' 2>/dev/null
