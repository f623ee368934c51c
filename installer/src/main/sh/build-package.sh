#!/usr/bin/env bash
# Builds ClinicDesk's installable package from what the installer module's `package` profile prepared:
#   TARGET/app-input  the app jar and its class path, exactly the jars ./clinicdesk runs, JavaFX left out
#   TARGET/javafx     JavaFX's jars from Maven Central; the platform ones (classifier linux, win, mac) become modules
# Steps: jdeps lists the JDK modules the app and its libraries use; jlink links them with javafx.controls and
# javafx.fxml into TARGET/runtime; jpackage builds TARGET/packages/<package> around that runtime.
# The launcher gets the JVM options of ./clinicdesk, read from that script so the two cannot drift apart.
#
# Usage: build-package.sh --version=PROJECT_VERSION --target=DIR [--release=N] [--type=deb|msi|dmg|app-image]
# Plain bash 3.2 (macOS) and Git Bash (Windows) compatible: no mapfile, no associative arrays.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MODULE="$(cd "$HERE/../../.." && pwd)"   # installer/
ROOT="$(cd "$MODULE/.." && pwd)"          # the project

say() { printf 'package: %s\n' "$*" >&2; }
die() { printf 'package: ERROR: %s\n' "$*" >&2; exit 1; }

version="" release=1 type="" target=""
for arg in "$@"; do
  case "$arg" in
    --version=*) version="${arg#*=}" ;;
    --release=*) release="${arg#*=}" ;;
    --type=*) type="${arg#*=}" ;;
    --target=*) target="${arg#*=}" ;;
    *) die "unknown argument '$arg'" ;;
  esac
done
[ -n "$version" ] || die "--version=PROJECT_VERSION is required"
[ -n "$target" ] || die "--target=DIR is required"
case "$release" in ''|*[!0-9]*) die "--release must be a whole number (the build number), not '$release'" ;; esac
if [ -z "$type" ]; then
  case "$(uname -s)" in
    Linux) type=deb ;;
    Darwin) type=dmg ;;
    MINGW*|MSYS*|CYGWIN*) type=msi ;;
    *) die "no native package type for $(uname -s); pass -Dinstaller.type=app-image" ;;
  esac
fi

# The JDK that runs Maven (java.home), so jlink links the same Java the tests ran on.
if [ -n "${JAVA_HOME:-}" ]; then JDK="$JAVA_HOME"; else
  JDK="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p')"
fi
for tool in jdeps jlink jpackage; do
  [ -x "$JDK/bin/$tool" ] || [ -x "$JDK/bin/$tool.exe" ] || die "$JDK/bin/$tool is missing: a full JDK 17 is needed"
done
JMODS="$JDK/jmods"
[ -d "$JMODS" ] || die "$JMODS is missing (on Debian: apt-get install openjdk-17-jdk-headless)"

# --- Versions -------------------------------------------------------------------------------------------------
# Maven's 0.1.0-SNAPSHOT has no meaning to dpkg, Windows Installer or macOS, so each gets its own spelling:
#   deb: 0.1.0-SNAPSHOT -> 0.1.0~snapshot, 1.2.0-RC1 -> 1.2.0~rc1 (a tilde sorts before the release, as a
#        pre-release must), 1.2.0 -> 1.2.0; the Debian revision is the build number: 0.1.0~snapshot-1, -2, ...
#   msi: the numbers only (0.1.0); Windows Installer upgrades only when they rise.
#   dmg: the numbers only, and jpackage on macOS refuses a first number 0: 0.y.z becomes 1.y.z until 1.0.
numbers="${version%%-*}"
case "$numbers" in
  [0-9]*.[0-9]*.[0-9]*) ;;
  *) die "project version '$version' is not MAJOR.MINOR.PATCH[-QUALIFIER]" ;;
esac
qualifier=""
[ "$numbers" = "$version" ] || qualifier="$(printf '%s' "${version#*-}" | tr 'A-Z' 'a-z' | tr -c 'a-z0-9.+\n' '.')"
case "$type" in
  deb) app_version="$numbers${qualifier:+~$qualifier}" ;;
  dmg) app_version="$numbers"; [ "${numbers%%.*}" != 0 ] || app_version="1.${numbers#*.}" ;;
  *) app_version="$numbers" ;;
esac

# --- Inputs ---------------------------------------------------------------------------------------------------
INPUT="$target/app-input"
[ -d "$INPUT" ] || die "$INPUT is missing: run through Maven (scripts/package), which fills it first"
main_jar="$(cd "$INPUT" && ls clinicdesk-app-*.jar 2>/dev/null | head -n 1)"
[ -n "$main_jar" ] || die "no clinicdesk-app jar in $INPUT"
fx_jars="$(ls "$target"/javafx/javafx-*-[a-z]*.jar 2>/dev/null | grep -E -- '-[0-9][0-9.]*-[a-z][a-z0-9-]*\.jar$' || true)"
[ -n "$fx_jars" ] || die "no platform JavaFX jars (classifier linux/win/mac) in $target/javafx"
SEP=":"; case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) SEP=";" ;; esac
fx_path="$(printf '%s\n' "$fx_jars" | paste -sd "$SEP" -)"
class_path="$(ls "$INPUT"/*.jar | grep -v "/$main_jar\$" | paste -sd "$SEP" -)"

# JVM options: those of the development launcher (./clinicdesk's `exec "$JAVA" ... ${CLINICDESK_JAVA_OPTS:-}`).
java_options="$(sed -n 's/^exec "\$JAVA" \(.*\) \${CLINICDESK_JAVA_OPTS.*$/\1/p' "$ROOT/clinicdesk")"
[ -n "$java_options" ] || die "could not read the JVM options from $ROOT/clinicdesk (its exec line changed?)"

# --- 1. jdeps: the JDK modules the program needs ---------------------------------------------------------------
say "jdeps: modules used by $main_jar and its $(printf '%s\n' "$class_path" | tr "$SEP" '\n' | wc -l | tr -d ' ') libraries"
deps="$("$JDK/bin/jdeps" -q --multi-release 17 --ignore-missing-deps --recursive --print-module-deps \
  --module-path "$fx_path" --class-path "$class_path" "$INPUT/$main_jar")" || die "jdeps failed"
deps="$(printf '%s' "$deps" | tail -n 1 | tr -d '\r')"
# Modules no static analysis can see, each loaded by name or as a service at run time:
#   jdk.crypto.ec  elliptic-curve TLS (PostgreSQL with sslmode=verify-full against an EC certificate)
#   jdk.zipfs      the zip file system Flyway and H2 may use to read resources inside jars
#   jdk.charsets   legacy code pages in files a clinic imports (e.g. windows-1252 CSV from an old system)
extra="jdk.crypto.ec,jdk.zipfs,jdk.charsets"
modules="$(printf '%s' "$deps,javafx.controls,javafx.fxml,$extra" | tr ',' '\n' | grep -v '^$' | sort -u | paste -sd, -)"
say "modules: $modules"

# --- 2. jlink: the trimmed runtime -----------------------------------------------------------------------------
RUNTIME="$target/runtime"
rm -rf "$RUNTIME"
# --generate-cds-archive: the JDK's own class-data sharing archive, which a linked image otherwise lacks; measured
# here it brings the sign-in screen ~70 ms (9 %) sooner and `--version` ~40 ms. Only the archive for compressed
# object pointers is kept (heaps under 32 GB, i.e. every clinic computer); the other is 10 MB for no use.
"$JDK/bin/jlink" --module-path "$JMODS$SEP$fx_path" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --output "$RUNTIME" \
  >"$target/jlink.log" || { cat "$target/jlink.log" >&2; die "jlink failed"; }
rm -f "$RUNTIME"/lib/server/classes_nocoops.jsa "$RUNTIME"/bin/server/classes_nocoops.jsa
# JavaFX's Maven jars carry their native libraries as resources; left there, JavaFX would unpack them into every
# user's ~/.openjfx/cache at the first start. Put them where it looks first: the runtime's own library folder.
case "$type" in
  deb|app-image) libdir="$RUNTIME/lib" ;;
  msi) libdir="$RUNTIME/bin" ;;
  dmg) libdir="$RUNTIME/lib" ;;
esac
for jar in $fx_jars; do
  natives="$("$JDK/bin/jar" tf "$jar" | grep -E '^[^/]+\.(so|dll|dylib)$' || true)"
  [ -z "$natives" ] || (cd "$libdir" && "$JDK/bin/jar" xf "$jar" $natives)
done
chmod -R u+rwX,go+rX,go-w "$RUNTIME"
say "runtime: $(du -sk "$RUNTIME" | cut -f1) KiB in $RUNTIME"

# --- 3. jpackage -----------------------------------------------------------------------------------------------
DEST="$target/packages"
mkdir -p "$DEST"
rm -rf "$target/jpackage-tmp" "$target/resources"
mkdir -p "$target/resources"
[ ! -d "$MODULE/src/main/packaging/$type" ] || cp -R "$MODULE/src/main/packaging/$type/." "$target/resources/"
chmod -R go-w "$target/resources" "$INPUT"

args=(--type "$type" --name clinicdesk --app-version "$app_version" --dest "$DEST"
  --input "$INPUT" --main-jar "$main_jar" --main-class org.clinicdesk.app.Main --runtime-image "$RUNTIME"
  --description "ClinicDesk: a desktop workstation for small clinics"
  --vendor "ClinicDesk" --copyright "ClinicDesk contributors, Apache-2.0"
  --resource-dir "$target/resources" --temp "$target/jpackage-tmp")
for option in $java_options; do args+=(--java-options "$option"); done
# AppCDS, as ./clinicdesk: the archive belongs to the installed jars' paths, so the .deb's postinst makes it on the
# computer (lib/app/clinicdesk.jsa); where there is none the JVM starts without it, silently (-Xlog:cds=off).
args+=(--java-options '-XX:SharedArchiveFile=$APPDIR/clinicdesk.jsa' --java-options -Xlog:cds=off
  --java-options -Xlog:cds+dynamic=off)
case "$type" in
  deb)
    args+=(--icon "$MODULE/src/main/icon/clinicdesk.png" --linux-shortcut --linux-menu-group "Office;"
      --linux-app-release "$release" --linux-app-category misc --linux-deb-maintainer "clinicdesk@localhost"
      --linux-package-deps "libtesseract5, tesseract-ocr-eng, libgtk-3-0")
    ;;
  msi)
    # A fixed upgrade code: a newer .msi replaces the installed one instead of installing beside it. The second
    # launcher is a console program for the command-line verbs (the window's launcher has no console).
    args+=(--icon "$MODULE/src/main/icon/clinicdesk.ico" --win-menu --win-menu-group ClinicDesk --win-shortcut
      --win-dir-chooser --win-upgrade-uuid 6f1d6c52-8f7e-4a3e-9a57-0c1f2d6b7e11
      --add-launcher "clinicdesk-cli=$MODULE/src/main/packaging/msi/clinicdesk-cli.properties")
    ;;
  dmg)
    # macOS wants an .icns: made here from the PNG with the system's own sips and iconutil.
    icons="$target/clinicdesk.iconset"; rm -rf "$icons"; mkdir -p "$icons"
    for size in 16 32 128 256; do
      sips -z "$size" "$size" "$MODULE/src/main/icon/clinicdesk.png" --out "$icons/icon_${size}x${size}.png" >/dev/null
    done
    iconutil -c icns "$icons" -o "$target/clinicdesk.icns"
    args+=(--icon "$target/clinicdesk.icns" --mac-package-identifier org.clinicdesk.app
      --mac-package-name ClinicDesk)
    ;;
esac
# The jars inside are compressed already: xz (dpkg-deb's default) saves 3.5 % of a .deb and takes 25 times as long
# (measured here: 122.5 vs 127.0 MB, 86 s vs 3.5 s), so gzip, which every dpkg reads.
export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}"
say "jpackage --type $type --app-version $app_version${release:+ (release $release)}"
"$JDK/bin/jpackage" "${args[@]}" || die "jpackage failed"
rm -rf "$target/jpackage-tmp"   # jpackage's working copy of the whole program
ls -l "$DEST" >&2
