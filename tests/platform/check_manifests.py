#!/usr/bin/env python3
"""SR-31 / SR-35: static checks of the Android manifest and the iOS Info.plist in platform/.

Usage: check_manifests.py backups|network|self-test PLATFORM_DIR

These read the source project files. The definitive SR-35 check runs on a built APK
(`aapt2 dump permissions Amparo.apk`), which needs the Android SDK and an APK build: not possible
in this CI, so this check also rejects the Qt markers through which androiddeployqt would add the
default permissions of linked Qt modules.
"""
import plistlib
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ANDROID = "{http://schemas.android.com/apk/res/android}"
TOOLS = "{http://schemas.android.com/tools}"
NETWORK_PERMISSIONS = {
    "android.permission.INTERNET",
    "android.permission.ACCESS_NETWORK_STATE",
    "android.permission.ACCESS_WIFI_STATE",
    "android.permission.CHANGE_NETWORK_STATE",
    "android.permission.CHANGE_WIFI_STATE",
    "android.permission.NEARBY_WIFI_DEVICES",
}
DOMAINS = {"root", "file", "database", "sharedpref", "external"}

failures = []


def fail(message):
    failures.append(message)


def check_backups(root: Path):
    manifest = ET.parse(root / "android" / "AndroidManifest.xml").getroot()
    app = manifest.find("application")
    if app is None:
        fail("AndroidManifest.xml has no <application>")
        return
    if app.get(ANDROID + "allowBackup") != "false":
        fail('android:allowBackup must be "false"')
    if app.get(ANDROID + "fullBackupContent") != "false":
        fail('android:fullBackupContent must be "false" (Android 6-11 auto backup)')
    rules_ref = app.get(ANDROID + "dataExtractionRules")
    if rules_ref != "@xml/data_extraction_rules":
        fail("android:dataExtractionRules must point to @xml/data_extraction_rules")
        return
    rules_path = root / "android" / "res" / "xml" / "data_extraction_rules.xml"
    if not rules_path.is_file():
        fail(f"missing {rules_path}")
        return
    rules = ET.parse(rules_path).getroot()
    for section in ("cloud-backup", "device-transfer"):
        node = rules.find(section)
        if node is None:
            fail(f"data_extraction_rules.xml: no <{section}> section (default would include everything)")
            continue
        if node.findall("include"):
            fail(f"data_extraction_rules.xml: <{section}> includes something")
        excluded = {e.get("domain") for e in node.findall("exclude") if e.get("path") == "."}
        missing = DOMAINS - excluded
        if missing:
            fail(f"data_extraction_rules.xml: <{section}> does not exclude domains {sorted(missing)}")

    plist = plistlib.loads((root / "ios" / "Info.plist").read_bytes())
    if plist.get("UIFileSharingEnabled", False):
        fail("Info.plist: UIFileSharingEnabled exposes the app's Documents folder")
    entitlements = plistlib.loads((root / "ios" / "Amparo.entitlements").read_bytes())
    if entitlements.get("com.apple.developer.default-data-protection") != "NSFileProtectionComplete":
        fail("Amparo.entitlements: default data protection must be NSFileProtectionComplete")
    for key in entitlements:
        if "icloud" in key.lower() or "ubiquity" in key.lower():
            fail(f"Amparo.entitlements: iCloud entitlement {key}")


def check_network(root: Path):
    text = (root / "android" / "AndroidManifest.xml").read_text(encoding="utf-8")
    for marker in ("%%INSERT_PERMISSIONS", "%%INSERT_FEATURES"):
        # The markers may be mentioned in the explanatory comment only, never as Qt's insertion
        # comment "<!-- %%INSERT_... -->" on its own.
        if f"<!-- {marker} -->" in text:
            fail(f"AndroidManifest.xml keeps Qt's {marker} marker: androiddeployqt inserts default permissions there")
    manifest = ET.fromstring(text)
    for tag in ("uses-permission", "uses-permission-sdk-23"):
        for node in manifest.iter(tag):
            name = node.get(ANDROID + "name")
            if node.get(TOOLS + "node") == "remove":
                continue  # manifest-merger directive that strips it from libraries' manifests
            if name in NETWORK_PERMISSIONS:
                fail(f"AndroidManifest.xml requests {name}")
    app = manifest.find("application")
    if app is not None and app.get(ANDROID + "usesCleartextTraffic") not in (None, "false"):
        fail("android:usesCleartextTraffic must be false")

    plist = plistlib.loads((root / "ios" / "Info.plist").read_bytes())
    if "NSAppTransportSecurity" in plist:
        fail("Info.plist: NSAppTransportSecurity exceptions are not allowed")
    for key in ("NSLocalNetworkUsageDescription", "NSBonjourServices"):
        if key in plist:
            fail(f"Info.plist: {key} (local network access)")


def self_test(root: Path):
    """Each deliberately broken copy of the project files must be rejected."""
    import shutil
    import tempfile

    manifest_edits = {
        "allowBackup true": ('android:allowBackup="false"', 'android:allowBackup="true"', check_backups),
        "no extraction rules": ('android:dataExtractionRules="@xml/data_extraction_rules"', "", check_backups),
        "INTERNET requested": ('<uses-permission android:name="android.permission.INTERNET" tools:node="remove"/>',
                               '<uses-permission android:name="android.permission.INTERNET"/>', check_network),
        "Qt marker kept": ("<supports-screens", "<!-- %%INSERT_PERMISSIONS -->\n    <supports-screens", check_network),
    }
    rules_edit = ('<exclude domain="external" path="."/>\n    </device-transfer>', "</device-transfer>")
    plist_edit = ("<key>NSCameraUsageDescription</key>",
                  "<key>NSAppTransportSecurity</key><dict><key>NSAllowsArbitraryLoads</key><true/></dict>"
                  "<key>NSCameraUsageDescription</key>")
    cases = [(name, "android/AndroidManifest.xml", old, new, fn) for name, (old, new, fn) in manifest_edits.items()]
    cases.append(("device transfer keeps files", "android/res/xml/data_extraction_rules.xml", *rules_edit,
                  check_backups))
    cases.append(("ATS exception", "ios/Info.plist", *plist_edit, check_network))
    bad = []
    for name, rel, old, new, fn in cases:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "platform"
            for sub in ("android", "ios"):
                shutil.copytree(root / sub, copy / sub)
            text = (copy / rel).read_text(encoding="utf-8")
            if old not in text:
                bad.append(f"self-test '{name}': pattern not found in {rel}")
                continue
            (copy / rel).write_text(text.replace(old, new, 1), encoding="utf-8")
            failures.clear()
            fn(copy)
            if not failures:
                bad.append(f"self-test '{name}': broken copy was accepted")
    failures.clear()
    failures.extend(bad)


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("backups", "network", "self-test"):
        print(__doc__, file=sys.stderr)
        return 2
    root = Path(sys.argv[2])
    if sys.argv[1] == "self-test":
        self_test(root)
        for message in failures:
            print("FAIL:", message)
        if not failures:
            print("OK: every broken manifest/plist was rejected")
        return 1 if failures else 0
    (check_backups if sys.argv[1] == "backups" else check_network)(root)
    for message in failures:
        print("FAIL:", message)
    if not failures:
        print(f"OK: {sys.argv[1]} checks passed for {root}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
