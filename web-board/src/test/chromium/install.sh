#!/usr/bin/env bash
# The board's browser tests drive Debian's Chromium and ChromeDriver: install them when missing, so
# that `mvn verify` passes on a fresh machine (the tests fail, never skip, without them).
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing Debian's chromium and chromium-driver for the web board's browser tests"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver
