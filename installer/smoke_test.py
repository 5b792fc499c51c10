"""Smoke test of a built bundle: ``python installer/smoke_test.py [dist/clinicdesk]``.

Runs the bundled executable as a user would, in a throw-away home folder:

1. ``clinicdesk demo``: creates the demo clinic (migrations, Argon2, the demo builder);
2. prints a sign-in sheet and a session note to PDF (fonts, ReportLab) and reads them
   back: the text is there, in the bundled fonts, and the files are owner-only;
3. creates an encrypted clinic (SQLCipher), opens it with its key, is refused without;
4. starts the GUI offscreen: through the login window (typed in, as the start-up
   benchmark does) to the main window with its first tab's data, then quits — and,
   when ``xvfb-run`` is installed, once more on a virtual X display through Qt's X11
   plugin and the display libraries the bundle carries;
5. the log has no error in it.

Exits non-zero at the first failure, saying what failed. Needs ``pypdf`` (a dev
dependency) to read the PDFs; the bundle itself needs nothing from this environment.
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
EXE_NAME = "clinicdesk-cli.exe" if sys.platform == "win32" else "clinicdesk"
GUI_NAME = "ClinicDesk.exe" if sys.platform == "win32" else "clinicdesk"


class Smoke:
    def __init__(self, bundle: Path, work: Path) -> None:
        self.cli = bundle / EXE_NAME
        self.gui_exe = bundle / GUI_NAME
        self.work = work
        self.env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("CLINICDESK_", "PYTHON", "QT_")) and k != "VIRTUAL_ENV"
        }
        self.env["CLINICDESK_HOME"] = str(work / "home")
        self.db = str(work / "demo.sqlite3")
        self.steps: list[tuple[str, float]] = []

    def run(self, *args: str, exe: Path | None = None, ok: bool = True, **env: str) -> str:
        started = time.monotonic()
        done = subprocess.run(
            [str(exe or self.cli), *args],
            env={**self.env, **env},
            cwd=self.work,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if (done.returncode == 0) != ok:
            raise SystemExit(
                f"FAILED: clinicdesk {' '.join(args)} exited {done.returncode}\n"
                f"{done.stdout[-3000:]}{done.stderr[-3000:]}"
            )
        self.steps.append((" ".join(args[:3]), time.monotonic() - started))
        return done.stdout + done.stderr

    def check(self, condition: bool, message: str) -> None:
        if not condition:
            raise SystemExit(f"FAILED: {message}")

    def pdf_text(self, path: Path) -> str:
        self.check(path.is_file(), f"{path.name} was not written")
        if os.name == "posix":
            mode = stat.S_IMODE(path.stat().st_mode)
            self.check(mode == 0o600, f"{path.name} is readable by others ({mode:o})")
        reader = PdfReader(str(path))
        fonts = set()
        for page in reader.pages:
            for font in (page["/Resources"].get("/Font") or {}).values():
                fonts.add(str(font.get_object().get("/BaseFont")))
        self.check(
            any("ClinicDesk-Sans" in f or "DejaVu" in f for f in fonts),
            f"{path.name} does not use the bundled fonts: {fonts}",
        )
        return "\n".join(page.extract_text() for page in reader.pages)

    # ------------------------------------------------------------------ steps

    def demo(self) -> None:
        out = self.run("demo", "--db", self.db)
        self.check("Riverside Community Clinic" in out, "the demo clinic was not created")

    def completed_session(self) -> str:
        today = datetime.date.today()
        for back in range(1, 28):
            day = (today - datetime.timedelta(days=back)).isoformat()
            listed = self.run(
                "sessions", "list", "--date", day, "--json", "--db", self.db,
                "--user", "admin", CLINICDESK_PASSWORD="demo",
            )  # fmt: skip
            for row in json.loads(listed[listed.index("[") :]):
                if row["status"] == "completed":
                    return row["id"]
        raise SystemExit("FAILED: the demo clinic has no completed session")

    def printing(self) -> None:
        sheet = self.work / "sheets.pdf"
        self.run(
            "print", "sign-in", "--date", datetime.date.today().isoformat(),
            "--out", str(sheet), "--db", self.db, "--user", "admin",
            CLINICDESK_PASSWORD="demo",
        )  # fmt: skip
        text = self.pdf_text(sheet)
        self.check("Sign-in sheet" in text, "the sign-in sheet has no title")
        note = self.work / "note.pdf"
        self.run(
            "print", "session-note", "--session", self.completed_session(),
            "--out", str(note), "--db", self.db, "--user", "admin",
            CLINICDESK_PASSWORD="demo",
        )  # fmt: skip
        text = self.pdf_text(note)
        self.check("Session note" in text or "Signed" in text, "the session note is empty")

    def encrypted(self) -> None:
        db = str(self.work / "laptop.sqlite3")
        key = {"CLINICDESK_DB_KEY": "smoke test key 2026", "CLINICDESK_PASSWORD": "long enough pw"}
        self.run("init", "--admin", "ana", "--encrypt", "--db", db, **key)
        header = Path(db).read_bytes()[:16]
        self.check(header != b"SQLite format 3\x00", "the encrypted clinic is plain SQLite")
        self.run("settings", "list", "--db", db, "--user", "ana", **key)
        refused = self.run(
            "settings", "list", "--db", db, "--user", "ana", ok=False,
            CLINICDESK_DB_KEY="wrong", CLINICDESK_PASSWORD="long enough pw",
        )  # fmt: skip
        self.check("key is wrong" in refused, f"a wrong key was not explained: {refused}")

    def gui(self, platform_name: str, wrapper: list[str] | None = None) -> None:
        probe = self.work / f"probe-{platform_name}.txt"
        env = {
            **self.env,
            "QT_QPA_PLATFORM": platform_name,
            "CLINICDESK_PASSWORD": "demo",
            "CLINICDESK_PROBE_LOGIN": "admin",
            "CLINICDESK_PROBE_DELAY_MS": "300",
            "CLINICDESK_EXIT_AFTER_SHOW": "1",
            "CLINICDESK_STARTUP_PROBE": str(probe),
        }
        started = time.monotonic()
        done = subprocess.run(
            [*(wrapper or []), str(self.gui_exe), "--db", self.db],
            env=env,
            cwd=self.work,
            capture_output=True,
            text=True,
            timeout=120,
        )
        self.check(
            done.returncode == 0,
            f"the GUI ({platform_name}) exited {done.returncode}: {done.stderr[-3000:]}",
        )
        marks = probe.read_text() if probe.exists() else ""
        for mark in ("login_painted", "login_submitted", "main_ready"):
            self.check(mark in marks, f"the GUI ({platform_name}) never reached {mark}")
        self.steps.append(
            (f"GUI {platform_name}: login window → main window", time.monotonic() - started)
        )

    def log_is_clean(self) -> None:
        log = self.work / "home" / "data" / "logs" / "clinicdesk.log"
        self.check(log.is_file(), "no log file was written")
        bad = [
            line
            for line in log.read_text().splitlines()
            if " ERROR " in line or "Traceback" in line
        ]
        self.check(not bad, "the log has errors:\n" + "\n".join(bad[:20]))


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else ROOT / "dist" / "clinicdesk"
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="clinicdesk-smoke-") as folder:
        smoke = Smoke(bundle.resolve(), Path(folder))
        smoke.check(smoke.cli.is_file(), f"no executable at {smoke.cli}")
        smoke.demo()
        smoke.printing()
        smoke.encrypted()
        smoke.gui("offscreen")
        if sys.platform.startswith("linux") and shutil.which("xvfb-run"):
            smoke.gui("xcb", ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24"])
        else:
            print("(xvfb-run not installed: the X11 start was skipped)")
        smoke.log_is_clean()
        for step, seconds in smoke.steps:
            print(f"  ok  {seconds:5.1f} s  {step}")
    print(f"smoke test passed in {time.monotonic() - started:.0f} s: {bundle}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
