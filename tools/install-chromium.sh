#!/usr/bin/env bash
# The browser tests (the web board's pages, the Teams card render test) drive Debian's Chromium and
# ChromeDriver: install them when missing, so that `mvn verify` passes on a fresh machine (the tests
# fail, never skip, without them). A Bengali font too: notes in Bengali are measured and shown as
# people see them, not as empty boxes.
set -euo pipefail
missing=()
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  missing+=(chromium chromium-driver)
fi
if ! fc-list :lang=bn 2>/dev/null | grep -q .; then
  missing+=(fonts-lohit-beng-bengali)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing ${missing[*]} for the browser tests"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
