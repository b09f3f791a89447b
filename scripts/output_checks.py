"""What scripts/check-ics.py and scripts/check-html.py share: counting checks, reading the input
copy of a plan folder, and finding a person's files from the plan's site key."""
import base64
import csv
import hashlib
import hmac


class Checks:
    """Counts passed checks and keeps the failures, for a closing 'N passed, N failed' line."""

    def __init__(self, name):
        self.name = name
        self.passed = 0
        self.failures = []

    def check(self, condition, message):
        """Counts a passed check, or keeps `message` as a failure."""
        if condition:
            self.passed += 1
        else:
            self.failures.append(message)

    def finish(self):
        """Prints the failures and the closing line; the exit status."""
        for failure in self.failures[:40]:
            print(f"FAIL {failure}")
        print(f"{self.name}: {self.passed} passed, {len(self.failures)} failed")
        return 1 if self.failures else 0


def read_csv(path):
    """The rows of a CSV file of the input (UTF-8, a BOM allowed), as dictionaries."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def token(key, kind, ident):
    """The file name po-plan gives a person's page: HMAC-SHA-256, base32, 26 characters."""
    mac = hmac.new(key.encode(), f"{kind}\0{ident}".encode(), hashlib.sha256).digest()
    return base64.b32encode(mac).decode().lower()[:26]
