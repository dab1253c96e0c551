"""`health-planner directory`: reading boroughs' Open Referral UK 3.0 feeds from a real server.

The feeds are the tests' own (tests/oruk_feed.py) on 127.0.0.1: one serving the UK profile's
own example service among others (listed in summary, so each service is fetched whole), one
of 5,000 generated services listed whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from clikit import cli
from oruk_feed import Feed, example_service, generated, serve
from oruk_standard import problems


@pytest.fixture
def ann(data_dir: Path) -> Path:
    assert cli(data_dir, "profile", "create", "Ann")[0] == 0
    assert cli(data_dir, "consent", "give", "directory")[0] == 0
    return data_dir


def test_the_test_feeds_are_valid_oruk():
    assert problems("service", example_service()) == []
    assert [p for s in generated(50) for p in problems("service", s)] == []


def test_two_feeds_added_searched_and_refreshed_by_what_changed(ann: Path) -> None:
    small = Feed([example_service(), *generated(30)], detail="summary")
    big = Feed(generated(5000))
    with serve(small), serve(big):
        code, out, err = cli(ann, "directory", "add", small.url)
        assert code == 0, err
        assert f"{small.url}: 31 services (31 new or changed)." in out
        assert small.details_asked() == 31  # the list lacked detail: each fetched once
        code, out, err = cli(ann, "directory", "add", big.url)
        assert code == 0, err
        assert f"{big.url}: 5,000 services (5,000 new or changed)." in out
        assert big.details_asked() == 0  # listed whole: nothing more to fetch

        code, out, _ = cli(ann, "directory", "list")
        assert f"{small.url}: 31 services" in out and f"{big.url}: 5,000 services" in out
        code, out, _ = cli(ann, "consent", "list")
        assert (f"It covers the participation server and these feeds: {small.url}, {big.url}."
                in out)
        code, out, _ = cli(ann, "directory", "find", "counselling")
        assert "Community Counselling  [id ac148810-d857-441c-9679-408f346de14b]" in out
        assert "1 service(s) found." in out and f"from {small.url}" in out
        code, out, _ = cli(ann, "directory", "find", "--day", "th", "counselling")
        assert "Community Counselling" in out
        code, out, _ = cli(ann, "directory", "find", "--day", "mo", "counselling")
        assert "0 service(s) found." in out
        # A borough named in the service area ("London Borough of Hackney") is a borough.
        code, out, _ = cli(ann, "directory", "find", "--borough", "Hackney", "group", "number",
                           "4995")
        assert "Community group 4995 (Hackney)" in out

        small.change(3, description="Now on Saturdays too.", last_modified="2026-12-01T10:00:00Z")
        before_small, before_big = len(small.requests), big.bytes_sent
        code, out, err = cli(ann, "directory", "refresh")
        assert code == 0, err
        assert f"{small.url}: 31 services (1 new or changed)." in out
        assert f"{big.url}: 5,000 services (0 new or changed)." in out
        asked_again = small.requests[before_small:]
        assert [p for p in asked_again if p.startswith("/services/")] == [
            f"/services/{small.services[3]['id']}"]
        assert big.bytes_sent == before_big  # every page answered 304 Not Modified
        code, out, _ = cli(ann, "directory", "find", "saturdays")
        assert small.services[3]["name"] in out


def test_the_same_service_in_two_feeds_is_one_service_from_both(ann: Path) -> None:
    shared = generated(3)
    with serve(Feed(shared)) as one, serve(Feed([shared[0]])) as two:
        assert cli(ann, "directory", "add", one.url)[0] == 0
        assert cli(ann, "directory", "add", two.url)[0] == 0
        _code, out, _ = cli(ann, "directory", "find", "group", "number", "0")
        assert out.count("Community group 0 ") == 1
        assert f"from {one.url}, {two.url}" in out


@pytest.mark.parametrize(("shape", "says"), [
    ("oruk2", "is an older Open Referral UK (version 2 / HSDS 2) feed"),
    ("html", "sent a web page, not an Open Referral UK 3.0 feed"),
    ("login", "asks for a login or sends the app elsewhere"),
    ("version2", "speaks Open Referral UK 2.0; the app reads version 3.0"),
])
def test_a_feed_that_is_not_oruk_3_is_named_and_nothing_is_kept(ann: Path, shape: str,
                                                               says: str) -> None:
    feed = Feed(generated(5), shape="oruk3" if shape == "version2" else shape,
                version="2.0" if shape == "version2" else "3.0")
    with serve(feed):
        code, _out, err = cli(ann, "directory", "add", feed.url)
    assert code == 1
    assert says in err and "nothing from it was kept" in err
    assert err.count("\n") == 1  # one sentence, on one line
    assert "No feeds added." in cli(ann, "directory", "list")[1]


def test_no_feed_is_read_without_the_directory_consent(data_dir: Path) -> None:
    assert cli(data_dir, "profile", "create", "Ann")[0] == 0
    feed = Feed(generated(2))
    with serve(feed):
        code, _out, err = cli(data_dir, "directory", "add", feed.url)
    assert code == 2 and "consent give directory" in err
    assert feed.requests == []


def test_a_feed_address_must_be_https_or_this_computer(ann: Path) -> None:
    code, _out, err = cli(ann, "directory", "add", "http://borough.example/oruk")
    assert code == 2 and "https://" in err
