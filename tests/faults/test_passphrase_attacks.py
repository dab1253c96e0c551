"""Guessing the passphrase: each guess costs an Argon2id run, wrong guesses make the next one wait
twice as long (surviving a restart of the app), the header gives a thief nothing to work with but
the KDF parameters, and a header edited to ask for cheaper parameters opens nothing.

tests/unit/test_vault_security.py has the basics (three free tries, then a wait that survives a
new `Profiles`); these go further: the whole schedule, a real process restart, recovery codes,
tampered headers and the cost of one guess with the product's parameters.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from residue import key_needles

from planner.domain.goal import Goal
from planner.errors import WrongPassphrase
from planner.vault import KdfParams, Profiles
from planner.vault import profiles as profiles_module
from planner.vault.keys import DEFAULT_KDF

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
STRONG = KdfParams(memory_kib=512, time_cost=2, parallelism=1)
PASS = "correct horse"


class Clock:
    """Stands in for `planner.domain.base.now` inside profiles.py, so minutes pass instantly."""

    def __init__(self) -> None:
        self.at = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at

    def wait(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(profiles_module, "now", fake)
    return fake


def _wait_asked(profiles: Profiles, passphrase: str) -> int:
    """Try to unlock now; the wait the app asks for, in seconds (0: it let us try)."""
    try:
        profiles.unlock("Ann", passphrase).lock()
    except WrongPassphrase as exc:
        text = str(exc)
        if text.startswith("Too many wrong tries"):
            return int(text.split("Wait ")[1].split(" ")[0])
        return 0
    return 0


def test_each_wrong_guess_doubles_the_wait_up_to_five_minutes(profiles: Profiles,
                                                              clock: Clock) -> None:
    profiles.create("Ann", PASS)[0].lock()
    for _ in range(3):  # three free tries: people mistype
        with pytest.raises(WrongPassphrase, match="does not open"):
            profiles.unlock("Ann", "guess")
    waits = []
    for _ in range(12):
        wait = _wait_asked(profiles, "guess")
        assert wait > 0, "a guess went through without waiting"
        waits.append(wait)
        clock.wait(wait)
        with pytest.raises(WrongPassphrase, match="does not open"):
            profiles.unlock("Ann", "guess")  # the wait is over: one more (wrong) try
    assert waits == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]
    assert profiles.header("Ann").failed_unlocks == 15


def test_while_waiting_even_the_right_passphrase_is_refused_and_nothing_is_counted(
    profiles: Profiles, clock: Clock
) -> None:
    profiles.create("Ann", PASS)[0].lock()
    for _ in range(5):
        clock.wait(600)
        with pytest.raises(WrongPassphrase):
            profiles.unlock("Ann", "guess")
    header = profiles.raw_header("Ann")
    for _ in range(50):  # hammering during the wait neither works nor makes it longer
        with pytest.raises(WrongPassphrase, match="Too many wrong tries"):
            profiles.unlock("Ann", PASS)
    assert profiles.raw_header("Ann") == header
    clock.wait(4)  # 2 ** (5 - 3) seconds after the last failure
    profiles.unlock("Ann", PASS).lock()
    assert profiles.header("Ann").failed_unlocks == 0  # the right passphrase resets the count
    assert _wait_asked(profiles, "guess") == 0


def test_recovery_code_guesses_count_against_the_same_budget(profiles: Profiles,
                                                             clock: Clock) -> None:
    _vault, code = profiles.create("Ann", PASS)
    _vault.lock()
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            profiles.recover("Ann", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "new pass")
    with pytest.raises(WrongPassphrase, match="Too many wrong tries"):
        profiles.unlock("Ann", PASS)  # the passphrase shares the budget the codes used up
    clock.wait(1)
    with pytest.raises(WrongPassphrase, match="does not open"):
        profiles.unlock("Ann", "guess")  # the fourth try, by passphrase this time
    with pytest.raises(WrongPassphrase, match="Too many wrong tries"):
        profiles.recover("Ann", code.text, "new pass")  # even the real code must wait
    clock.wait(2)
    profiles.recover("Ann", code.text, "new pass")[0].lock()


def _cli(data_dir: Path, passphrase: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTH_PLANNER_")}
    return subprocess.run(
        [sys.executable, "-m", "cli", "--data-dir", str(data_dir), "--profile", "Ann",
         "--passphrase-stdin", "verify"],
        input=f"{passphrase}\n", capture_output=True, text=True, timeout=60, env=env,
    )


def test_the_wait_survives_quitting_and_starting_the_app_again(profiles: Profiles,
                                                               data_dir: Path) -> None:
    """Each guess in its own process, as a person (or a script) restarting the app would: the
    count is on disk, so a fresh process still has to wait."""
    profiles.create("Ann", PASS)[0].lock()
    for _ in range(3):
        done = _cli(data_dir, "guess")
        assert done.returncode == 2 and "does not open" in done.stderr, done.stderr
    assert profiles.header("Ann").failed_unlocks == 3  # each process counted its guess
    time.sleep(1.05)  # the one-second wait after the third
    done = _cli(data_dir, "guess")
    assert "does not open" in done.stderr
    last_failure = time.monotonic()  # the next try must wait two seconds from here
    done = _cli(data_dir, PASS)  # a fresh process, the right passphrase, straight away
    assert time.monotonic() - last_failure < 2, "the machine is too slow for this test"
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("health-planner: Too many wrong tries. Wait ")
    assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1
    assert profiles.header("Ann").failed_unlocks == 4


def test_the_header_holds_kdf_parameters_salts_and_sealed_keys_only(profiles: Profiles) -> None:
    canary = "canary-" + secrets.token_hex(8)
    vault, code = profiles.create("Ann", PASS)
    vault.goals.save(Goal(title=canary, why=canary, start=datetime.now(UTC).date()))
    key = bytes(vault.data_key)
    vault.lock()
    raw = (profiles.vault_path("Ann").parent / "profile.json").read_bytes()
    for needle in [canary.encode(), PASS.encode(), code.text.encode(),
                   code.text.replace("-", "").encode(), *key_needles(key)]:
        assert needle not in raw
    header = json.loads(raw)
    # what is readable: a name, when it was made, the failure count, and per wrapped key the
    # Argon2id cost, a random salt, a nonce and 48 bytes of AES-GCM output (32 key + 16 tag)
    for wrapped in (header["passphrase"], header["recovery"]):
        assert set(wrapped) == {"kdf", "salt", "nonce", "sealed"}
        assert len(base64.b64decode(wrapped["sealed"])) == 48
        assert len(base64.b64decode(wrapped["salt"])) == 16
    assert header["passphrase"]["salt"] != header["recovery"]["salt"]
    # the same passphrase on another profile gives nothing in common
    profiles.create("Bo", PASS)[0].lock()
    other = profiles.raw_header("Bo")
    for part in ("salt", "nonce", "sealed"):
        assert other["passphrase"][part] != header["passphrase"][part]


def _edit_header(profiles: Profiles, change: Any) -> None:
    path = profiles.vault_path("Ann").parent / "profile.json"
    header = json.loads(path.read_text("utf-8"))
    change(header)
    path.write_text(json.dumps(header), "utf-8")


@pytest.mark.parametrize("wrap", ["passphrase", "recovery"])
def test_a_header_edited_to_cheaper_kdf_opens_nothing(data_dir: Path, wrap: str) -> None:
    """The KDF parameters are not signed, but they decide the key-encryption key: lowering them
    derives a different key and the AES-GCM tag refuses it. Cheaper guessing by editing the
    header is impossible; a thief must pay the cost the profile was made with."""
    profiles = Profiles(data_dir, kdf=STRONG)
    _vault, code = profiles.create("Ann", PASS)
    _vault.lock()
    original = profiles.raw_header("Ann")
    _edit_header(profiles, lambda h: h[wrap].update(kdf=CHEAP.model_dump()))
    with pytest.raises(WrongPassphrase, match="does not open"):
        if wrap == "passphrase":
            profiles.unlock("Ann", PASS)
        else:
            profiles.recover("Ann", code.text, "new pass")
    assert profiles.header("Ann").failed_unlocks == 1  # counted like any wrong guess
    # and nothing was rewrapped at the lower cost
    assert profiles.header("Ann").passphrase.salt == original["passphrase"]["salt"]
    _edit_header(profiles, lambda h: h[wrap].update(kdf=original[wrap]["kdf"]))
    profiles.unlock("Ann", PASS).lock()


@pytest.mark.parametrize("edit", ["salt", "nonce", "sealed", "swap", "other profile id"])
def test_any_other_edit_of_the_wrapped_key_opens_nothing(profiles: Profiles, edit: str) -> None:
    profiles.create("Ann", PASS)[0].lock()

    def change(header: dict[str, Any]) -> None:
        wrapped = header["passphrase"]
        if edit == "swap":  # the recovery wrap offered as the passphrase wrap
            header["passphrase"], header["recovery"] = header["recovery"], wrapped
        elif edit == "other profile id":
            header["id"] = "00000000-0000-4000-8000-000000000000"
        else:
            raw = bytearray(base64.b64decode(wrapped[edit]))
            raw[0] ^= 0x01
            wrapped[edit] = base64.b64encode(bytes(raw)).decode()

    _edit_header(profiles, change)
    with pytest.raises(WrongPassphrase):
        profiles.unlock("Ann", PASS)


def test_costs_only_go_up_through_recovery_and_passphrase_changes(data_dir: Path) -> None:
    _vault, code = Profiles(data_dir, kdf=STRONG).create("Ann", PASS)
    _vault.lock()
    cheap = Profiles(data_dir, kdf=CHEAP)  # an app asked to wrap cheaply (a slow PC, a bug)
    vault, new_code = cheap.recover("Ann", code.text, "second pass")
    vault.lock()
    cheap.change_passphrase("Ann", "second pass", "third pass")
    header = cheap.header("Ann")
    assert header.passphrase.kdf.at_least(STRONG) and header.recovery.kdf.at_least(STRONG)
    cheap.recover("Ann", new_code.text, "fourth pass")[0].lock()
    assert cheap.header("Ann").recovery.kdf.at_least(STRONG)
    assert cheap.header("Ann").passphrase.kdf.at_least(STRONG)


def test_one_guess_with_the_product_parameters_costs_real_time(data_dir: Path) -> None:
    """With the shipped parameters (64 MiB, 3 passes at least, calibrated up on fast PCs) every
    guess is one Argon2id run; a refusal during the wait costs nothing, because no KDF runs."""
    profiles = Profiles(data_dir, kdf=DEFAULT_KDF)  # the floor, before calibration raises it
    profiles.create("Ann", PASS)[0].lock()
    assert profiles.header("Ann").passphrase.kdf.at_least(DEFAULT_KDF)
    started = time.perf_counter()
    with pytest.raises(WrongPassphrase, match="does not open"):
        profiles.unlock("Ann", "guess")
    one_guess = time.perf_counter() - started
    assert one_guess > 0.05, f"a guess took only {one_guess:.3f} s"
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            profiles.unlock("Ann", "guess")
    started = time.perf_counter()
    with pytest.raises(WrongPassphrase, match="Too many wrong tries"):
        profiles.unlock("Ann", "guess")
    assert time.perf_counter() - started < one_guess
