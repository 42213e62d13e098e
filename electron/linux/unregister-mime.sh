#!/bin/sh
# Removes what register-mime.sh installed: the deb's postrm and the rpm's
# postun scriptlet (forge.config.ts). dpkg passes "remove" or "purge" when the package
# goes and rpm passes 0; on an upgrade (dpkg "upgrade", rpm 1) the new
# version's register-mime.sh has already run or is about to, so the file stays.
set -e
case "$1" in
  remove | purge | 0) ;;
  *) exit 0 ;;
esac
mime="$DPKG_ROOT/usr/share/mime"
rm -f "$mime/packages/flowboard.xml"
if command -v update-mime-database >/dev/null 2>&1 && [ -d "$mime" ]; then
  update-mime-database "$mime" || true
fi
exit 0
