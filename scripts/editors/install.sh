#!/usr/bin/env bash
# Installs what the real-editor tests need: Neovim and Chromium from Debian, and
# code-server (VS Code's workbench with a real extension host) into
# .cache/code-server. Idempotent: a second run only checks and returns in a second.
#
#   scripts/editors/install.sh            # everything
#   scripts/editors/install.sh --no-apt   # only code-server (no root needed)
set -euo pipefail
cd "$(dirname "$0")/../.."

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
PREFIX="${CODE_SERVER_PREFIX:-$PWD/.cache/code-server}"
t0=$(date +%s)

# --- Debian packages -------------------------------------------------------
if [[ "${1:-}" != "--no-apt" ]]; then
  missing=()
  command -v nvim >/dev/null || missing+=(neovim)
  [[ -x /usr/bin/chromium ]] || missing+=(chromium fonts-liberation)
  command -v rg >/dev/null || missing+=(ripgrep)
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
  if ((${#missing[@]})); then
    SUDO=""
    if [[ $(id -u) -ne 0 ]]; then SUDO="sudo -n"; fi
    if ! command -v apt-get >/dev/null || { [[ -n "$SUDO" ]] && ! sudo -n true 2>/dev/null; }; then
      echo "editors: cannot install ${missing[*]} (needs apt-get as root); the tests that need them will skip" >&2
    else
      echo "editors: apt-get install ${missing[*]}"
      $SUDO apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  fi
fi

# --- code-server -----------------------------------------------------------
installed=$(node -p "try { require('$PREFIX/node_modules/code-server/package.json').version } catch { '' }")
if [[ "$installed" != "$CODE_SERVER_VERSION" ]]; then
  if ! command -v rg >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
    echo "editors: code-server needs ripgrep and libkrb5-dev (apt-get install ripgrep libkrb5-dev); its tests will skip" >&2
    exit 0
  fi
  # @vscode/ripgrep's postinstall downloads rg from api.github.com unless its
  # cache already holds the archive: fill the cache from Debian's ripgrep.
  tmp="${TMPDIR:-/tmp}"
  cache="$tmp/vscode-ripgrep-cache-1.15.11"
  archive="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [[ ! -s "$archive" ]]; then
    mkdir -p "$cache/rg-src"
    cp "$(command -v rg)" "$cache/rg-src/rg"
    tar -czf "$archive" -C "$cache/rg-src" rg
    rm -rf "$cache/rg-src"
  fi
  mkdir -p "$PREFIX"
  [[ -f "$PREFIX/package.json" ]] || echo '{ "name": "code-server-cache", "private": true }' > "$PREFIX/package.json"
  echo "editors: npm install code-server@$CODE_SERVER_VERSION into $PREFIX (about a minute)"
  # npm_config_yes: node-pty's install runs `npx node-gyp`, and this machine's npm says yes=false.
  npm_config_yes=true npm install --prefix "$PREFIX" --no-audit --no-fund --no-save --unsafe-perm \
    --loglevel=error "code-server@$CODE_SERVER_VERSION"
fi

echo "editors: ready in $(( $(date +%s) - t0 )) s (nvim: $(command -v nvim || echo missing), chromium: $([[ -x /usr/bin/chromium ]] && echo /usr/bin/chromium || echo missing), code-server $CODE_SERVER_VERSION)"
