# Sourced by scripts/serve and scripts/test. Installs the build tools into a
# per-user cache outside the repository (skipping what is already there at
# the right version) and puts them on PATH.
#   LITMUS_TOOLS  where tools live (default ~/.cache/litmus/tools)
set -euo pipefail

LITMUS_TOOLS="${LITMUS_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/litmus/tools}"
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"
TERSER_VERSION="5.51.2"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$LITMUS_TOOLS/bin" "$LITMUS_TOOLS/npm"
export PATH="$LITMUS_TOOLS/bin:$LITMUS_TOOLS/npm/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The wasm-bindgen version the lockfile pins; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$REPO/Cargo.lock"
}

ensure_build_tools() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing Trunk $TRUNK_VERSION (about 8 minutes, once)"
    cargo install --locked "trunk@$TRUNK_VERSION" --root "$LITMUS_TOOLS"
  fi
  local wbg; wbg="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg" ]; then
    say "Installing wasm-bindgen-cli $wbg"
    # Not --locked: the locked install fails on this toolchain.
    cargo install "wasm-bindgen-cli@$wbg" --root "$LITMUS_TOOLS"
  fi
  if ! wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
    say "Installing wasm-opt (npm binaryen $BINARYEN_VERSION)"
    (cd "$LITMUS_TOOLS/npm" && { [ -f package.json ] || echo '{"private":true}' > package.json; } \
      && npm install --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION")
  fi
  if [ "$(terser --version 2>/dev/null || true)" != "terser $TERSER_VERSION" ]; then
    say "Installing terser $TERSER_VERSION (minifies the JavaScript glue)"
    (cd "$LITMUS_TOOLS/npm" && { [ -f package.json ] || echo '{"private":true}' > package.json; } \
      && npm install --no-audit --no-fund --silent "terser@$TERSER_VERSION")
  fi
}

# SurveyJS (survey-core + survey-js-ui, pinned) in a scratch folder outside
# the repository, for the side-by-side comparisons. Prints its node_modules.
SURVEYJS_VERSION="2.5.38"
ensure_surveyjs() {
  local scratch="$LITMUS_TOOLS/surveyjs"
  mkdir -p "$scratch"
  if [ ! -f "$scratch/node_modules/survey-js-ui/survey-js-ui.min.js" ]; then
    (cd "$scratch" && { [ -f package.json ] || echo '{"private":true}' > package.json; } \
      && npm install --no-audit --no-fund --silent "survey-core@$SURVEYJS_VERSION" "survey-js-ui@$SURVEYJS_VERSION") >&2
  fi
  echo "$scratch/node_modules"
}

# apt-get as root, or through sudo when not root.
apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -z "${LITMUS_APT_UPDATED:-}" ]; then
    $sudo apt-get update -qq
    export LITMUS_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}
