#!/bin/sh
# Registers *.flow.json as application/x-flowboard+json: the deb's postinst
# and the rpm's post scriptlet (forge.config.ts). electron-installer-debian and
# electron-installer-redhat install only the app folder, its .desktop file and
# icons, with no option for other files, so the definition ships inside the
# app (resources/, through packagerConfig.extraResource) and is copied into
# place here. DPKG_ROOT is set by dpkg when it installs into another root;
# rpm leaves it empty.
set -e
definition="$DPKG_ROOT/usr/lib/flowboard/resources/flowboard-mime.xml"
mime="$DPKG_ROOT/usr/share/mime"
if [ ! -f "$definition" ]; then
  echo "flowboard: $definition is missing; .flow.json files stay plain JSON" >&2
  exit 0
fi
mkdir -p "$mime/packages"
cp "$definition" "$mime/packages/flowboard.xml"
chmod 0644 "$mime/packages/flowboard.xml"
# dpkg's and rpm's triggers for the MIME database fire only for files the
# package lists, which this copy is not, so the database is rebuilt here. A
# missing tool must not fail the install: files then open as JSON, as before.
if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database "$mime" || true
fi
exit 0
