#!/bin/sh
# Add ClinicDesk to this user's application menu (run from the unpacked folder):
#   ./install.sh            # menu entry, icons, metadata in ~/.local/share
#   ./install.sh --remove   # take them away again (the folder itself stays)
# The folder can live anywhere (e.g. ~/Applications/clinicdesk); the menu entry points
# at the executable in it.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
ID=org.clinicdesk.ClinicDesk
if [ "${1:-}" = "--remove" ]; then
    rm -f "$DATA/applications/$ID.desktop" "$DATA/metainfo/$ID.metainfo.xml"
    find "$DATA/icons/hicolor" -name "$ID.*" -delete 2>/dev/null || true
    echo "ClinicDesk removed from the application menu."
    exit 0
fi
mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/icons"
cp -R "$HERE/share/icons/hicolor" "$DATA/icons/"
cp "$HERE/share/metainfo/$ID.metainfo.xml" "$DATA/metainfo/"
sed -e "s|^Exec=clinicdesk|Exec=\"$HERE/clinicdesk\"|" \
    -e "s|^TryExec=clinicdesk|TryExec=$HERE/clinicdesk|" \
    "$HERE/share/applications/$ID.desktop" > "$DATA/applications/$ID.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "ClinicDesk added to the application menu (it runs $HERE/clinicdesk)."
