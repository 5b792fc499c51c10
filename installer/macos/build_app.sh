#!/bin/sh
# macOS: dist/ClinicDesk.app and dist/ClinicDesk-<version>.dmg. Run on a Mac from any
# folder (Python 3.11+ from python.org or Homebrew; Xcode command-line tools):
#
#   installer/macos/build_app.sh
#
# Signing and notarisation (optional, needed to open it without a Gatekeeper warning):
#   CODESIGN_IDENTITY="Developer ID Application: …"   sign the app (hardened runtime)
#   NOTARY_PROFILE=<keychain profile>                  notarise and staple the DMG
#                                                      (xcrun notarytool store-credentials)
set -eu
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
VENV=.venv-macos
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
# constraints.txt is pinned on Linux; the same versions exist as macOS wheels.
"$VENV/bin/python" -m pip install --quiet -c constraints.txt -e '.[dev,encryption,installer]'
# The spec builds dist/clinicdesk/ and, on macOS, dist/ClinicDesk.app around it.
"$VENV/bin/python" installer/build.py
"$VENV/bin/python" installer/smoke_test.py dist/ClinicDesk.app/Contents/MacOS

VERSION=$("$VENV/bin/python" -c "import clinicdesk; print(clinicdesk.__version__)")
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --deep --force --timestamp --options runtime \
        --sign "$CODESIGN_IDENTITY" dist/ClinicDesk.app
    codesign --verify --deep --strict dist/ClinicDesk.app
fi
DMG="dist/ClinicDesk-$VERSION.dmg"
rm -f "$DMG"
STAGE=$(mktemp -d)
cp -R dist/ClinicDesk.app "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "ClinicDesk $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
rm -rf "$STAGE"
if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
fi
echo "built $DMG"
