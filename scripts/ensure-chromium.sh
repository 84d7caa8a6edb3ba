#!/usr/bin/env bash
# The browser tests and the Lighthouse benchmark drive Debian's Chromium; nothing may
# download a browser of its own. Installs the `chromium` package when /usr/bin/chromium is missing
# (root, or sudo without a password), as lokaal/java.ts does for Java 17.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ! command -v apt-get >/dev/null; then
  echo "Chromium ontbreekt (/usr/bin/chromium) en apt-get is er niet: installeer Chromium en zet KB_CHROMIUM." >&2
  exit 1
fi
apt=(apt-get)
if [ "$(id -u)" != 0 ]; then apt=(sudo -n apt-get); fi
echo "Chromium ontbreekt; het Debian-pakket chromium wordt geïnstalleerd (eenmalig)..." >&2
"${apt[@]}" update -q >&2 || true
"${apt[@]}" install -y -q --no-install-recommends chromium >&2
/usr/bin/chromium --version >&2
