"""End to end: a real ``claimcheck serve`` process on 127.0.0.1, driven over HTTP with httpx."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.adversarial.server_process import Server, start, stop

httpx = pytest.importorskip("httpx")
jsonschema = pytest.importorskip("jsonschema")

pytestmark = pytest.mark.slow

PUBLISHED = "2024-11-20"
BOMBING_32 = "A suicide bombing at the train station in Quetta on November 9 killed 32 people."
BOMBING_26 = (
    "Police said the attack was carried out by a suicide bomber. "
    "A suicide bombing at the train station in Quetta on November 9 killed 26 people."
)
AGREEING = "A suicide bombing at the train station in Quetta on November 9 killed 26 people."


def _doc(ident: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"id": ident, "text": text, "published": PUBLISHED, **extra}


BLOCKING = {
    "draft": _doc("drafts/quetta.md", BOMBING_32),
    "sources": [_doc("wire/ap.txt", BOMBING_26, outlet="Wire")],
}
PASSING = {
    "draft": _doc("drafts/quetta.md", AGREEING),
    "sources": [_doc("wire/ap.txt", BOMBING_26, outlet="Wire")],
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = start(tmp_path_factory.mktemp("serve"))
    try:
        yield srv
    finally:
        stop(srv)


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server with a token (from the environment) and a deadline too short for any check."""
    srv = start(
        tmp_path_factory.mktemp("serve-token"),
        "--deadline",
        "0.001",
        env={"CLAIMCHECK_TOKEN": "s3cret-token"},
    )
    try:
        yield srv
    finally:
        stop(srv)


@pytest.fixture(scope="module")
def api(server: Server) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c


@pytest.fixture(scope="module")
def openapi(api: httpx.Client) -> dict[str, Any]:
    r = api.get("/openapi.json")
    assert r.status_code == 200
    return r.json()


def _conforms(openapi: dict[str, Any], name: str, instance: Any) -> None:
    """``instance`` matches the component schema ``name`` of the served OpenAPI document."""
    schema = {"$ref": f"#/components/schemas/{name}", "components": openapi["components"]}
    jsonschema.Draft202012Validator(schema).validate(instance)


def _problem(r: httpx.Response, status: int, openapi: dict[str, Any]) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["status"] == status
    assert body["title"] and body["detail"] and body["type"]
    assert "Traceback" not in r.text
    _conforms(openapi, "Problem", body)
    return body


# -- the server's own endpoints ------------------------------------------------------------


def test_startup_line_says_where_it_listens(server: Server) -> None:
    first = server.log.read_text().splitlines()[0]
    assert server.url in first


def test_health(api: httpx.Client, openapi: dict[str, Any]) -> None:
    r = api.get("/v1/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert body["rules"] > 0
    _conforms(openapi, "Health", body)
    workers = body["workers"]
    assert workers["total"] == len(workers["processes"]) >= 1
    assert workers["idle"] + workers["busy"] == workers["total"]
    assert all(p["state"] in ("idle", "busy") and p["pid"] for p in workers["processes"])


def test_rules_list_and_one_rule(api: httpx.Client, openapi: dict[str, Any]) -> None:
    rules = api.get("/v1/rules").json()["rules"]
    by_code = {r["code"]: r for r in rules}
    assert "CC101" in by_code
    for r in rules:
        _conforms(openapi, "Rule", r)
        assert r["severity"] in ("error", "warning", "info")
        assert r["summary"]
    one = api.get("/v1/rules/cc101")
    assert one.status_code == 200
    assert one.json()["code"] == "CC101"
    assert "What it finds" in one.json()["doc"]
    _problem(api.get("/v1/rules/XX999"), 404, openapi)


def test_openapi_document_is_valid(openapi: dict[str, Any]) -> None:
    assert openapi["openapi"].startswith("3.")
    assert {"/v1/check", "/v1/health", "/v1/rules"} <= set(openapi["paths"])
    assert "post" in openapi["paths"]["/v1/check"]
    validator = pytest.importorskip("openapi_spec_validator")
    validator.validate(openapi)


# -- checks ------------------------------------------------------------------------------


def test_a_draft_contradicting_its_source_is_blocked(
    api: httpx.Client, openapi: dict[str, Any]
) -> None:
    r = api.post("/v1/check", json=BLOCKING)
    assert r.status_code == 200
    body = r.json()
    _conforms(openapi, "CheckResponse", body)
    assert body["decision"] == "block"
    assert body["complete"] is True, body.get("incomplete_reason")
    counts = [
        f for f in body["findings"] if f["code"].startswith("CC1") and f["severity"] == "error"
    ]
    assert counts, body["findings"]
    f = counts[0]
    assert f["location"]["path"] == "drafts/quetta.md"
    assert f["location"]["text"] == "32"
    start, end = f["location"]["start"], f["location"]["end"]
    assert BOMBING_32[start:end] == "32"
    assert f["location"]["value"]["value"] == 32
    (other,) = [x for x in f["related"] if x["path"] == "wire/ap.txt"]
    assert BOMBING_26[other["start"] : other["end"]] == "26"
    assert other["message"]
    assert body["summary"]["error"] >= 1
    assert body["api_version"] == "1" and body["tool"]["name"] == "claimcheck"


def test_a_draft_agreeing_with_its_source_passes(api: httpx.Client) -> None:
    body = api.post("/v1/check", json={**PASSING, "revision": "r42"}).json()
    assert body["decision"] == "pass", body["findings"]
    assert body["complete"] is True, body.get("incomplete_reason")
    assert body["revision"] == "r42"
    assert not [f for f in body["findings"] if f["severity"] in ("error", "warning")]


def test_policy_changes_the_decision_not_the_findings(api: httpx.Client) -> None:
    never = api.post("/v1/check", json={**BLOCKING, "policy": {"fail_on": "never"}}).json()
    assert never["decision"] == "warn"
    assert any(f["severity"] == "error" for f in never["findings"])
    ignored = api.post("/v1/check", json={**BLOCKING, "policy": {"ignore": ["CC1"]}}).json()
    assert not any(f["code"].startswith("CC1") for f in ignored["findings"])


def _checks_run(api: httpx.Client) -> int:
    return sum(p.get("checks", 0) for p in api.get("/v1/health").json()["workers"]["processes"])


def test_a_request_sent_again_is_answered_without_checking_it_again(api: httpx.Client) -> None:
    request = {**BLOCKING, "revision": "answered-again"}
    first = api.post("/v1/check", json=request).json()
    before = _checks_run(api)
    again = api.post("/v1/check", json=request).json()
    assert _checks_run(api) == before
    assert {k: v for k, v in again.items() if k != "elapsed_ms"} == {
        k: v for k, v in first.items() if k != "elapsed_ms"
    }
    # a changed source is checked: its answer follows the new text
    agreeing = {**request, "sources": [_doc("wire/ap.txt", BOMBING_32, outlet="Wire")]}
    changed = api.post("/v1/check", json=agreeing).json()
    assert _checks_run(api) == before + 1
    assert changed["decision"] == "pass", changed["findings"]


def test_only_findings_involving_the_draft_are_returned(api: httpx.Client) -> None:
    body = api.post(
        "/v1/check",
        json={
            "draft": _doc("draft", "The provincial government announced a new budget on Tuesday."),
            "sources": [_doc("a", AGREEING), _doc("b", BOMBING_32)],
        },
    ).json()
    for f in body["findings"]:
        paths = {f["location"]["path"], *(r["path"] for r in f["related"])}
        assert "draft" in paths or f["code"].startswith("CC9"), f


def test_documents_in_markdown_and_html(api: httpx.Client) -> None:
    draft = "---\ntitle: Quetta\n---\n# Blast\n\n" + BOMBING_32 + "\n"
    source = "<html><body><p>" + BOMBING_26 + "</p></body></html>"
    body = api.post(
        "/v1/check",
        json={
            "draft": _doc("d.md", draft, format="markdown"),
            "sources": [_doc("s.html", source, format="html")],
        },
    ).json()
    assert body["decision"] == "block"
    for f in body["findings"]:
        for loc in (f["location"], *f["related"]):
            text = draft if loc["path"] == "d.md" else source
            assert text[loc["start"] : loc["end"]] == loc["text"]


# -- errors ------------------------------------------------------------------------------


def test_malformed_json_is_400(api: httpx.Client, openapi: dict[str, Any]) -> None:
    r = api.post(
        "/v1/check", content=b'{"draft": {"text": "x"', headers={"content-type": "application/json"}
    )
    body = _problem(r, 400, openapi)
    assert "JSON" in body["detail"]
    _problem(api.post("/v1/check", content=b""), 400, openapi)
    _problem(api.post("/v1/check", content=b"\xff\xfe{}"), 400, openapi)


@pytest.mark.parametrize(
    ("payload", "pointer"),
    [
        ({"sources": []}, "/draft"),
        ({"draft": {"id": "d", "text": 42}}, "/draft/text"),
        ({"draft": {"id": "d", "text": "x", "format": "pdf"}}, "/draft/format"),
        ({"draft": {"id": "d", "text": "x", "published": "last Tuesday"}}, "/draft/published"),
        (
            {"draft": {"text": "x"}, "sources": [{"text": "y", "language": 5}]},
            "/sources/0/language",
        ),
        (
            {"draft": {"id": "a", "text": "x"}, "sources": [{"id": "a", "text": "y"}]},
            "/sources/0/id",
        ),
        ({"draft": {"text": "x"}, "policy": {"fail_on": "sometimes"}}, "/policy/fail_on"),
        ([1, 2], ""),
    ],
)
def test_schema_errors_are_422_with_a_pointer(
    api: httpx.Client, openapi: dict[str, Any], payload: Any, pointer: str
) -> None:
    body = _problem(api.post("/v1/check", json=payload), 422, openapi)
    assert pointer in [e["pointer"] for e in body["errors"]]


@pytest.mark.parametrize(
    ("payload", "pointer"),
    [
        ({"draft": {"text": "Twelve were hurt.", "outlet": "Wire\ud800"}}, "/draft/outlet"),
        ({"draft": {"text": "Twelve were hurt."}, "revision": "r\udc00"}, "/revision"),
        ({"draft": {"text": "Twelve \ud83d were hurt."}}, "/draft/text"),
        ({"draft": {"text": "x"}, "sources": [{"text": "y", "url": "\udfff"}]}, "/sources/0/url"),
        ({"draft": {"text": "x"}, "policy": {"select": ["CC1\ud800"]}}, "/policy/select/0"),
        ({"draft": {"text": "x", "extra\ud800": 1}}, "/draft/extra\\ud800"),
    ],
)
def test_a_lone_surrogate_in_any_string_is_422(
    api: httpx.Client, openapi: dict[str, Any], payload: Any, pointer: str
) -> None:
    raw = json.dumps(payload).encode("ascii")  # the surrogate travels as a \\uXXXX escape
    r = api.post("/v1/check", content=raw, headers={"content-type": "application/json"})
    body = _problem(r, 422, openapi)
    assert [e["pointer"] for e in body["errors"]] == [pointer]
    assert "surrogate" in body["errors"][0]["detail"]


def test_unknown_path_and_wrong_method(api: httpx.Client, openapi: dict[str, Any]) -> None:
    _problem(api.get("/v2/check"), 404, openapi)
    r = api.get("/v1/check")
    _problem(r, 405, openapi)
    assert "POST" in r.headers["allow"]


def test_oversized_body_is_413(api: httpx.Client, openapi: dict[str, Any]) -> None:
    big = {"draft": {"id": "d", "text": "word " * 300_000}}  # 1.5 MB, over the 1 MiB default
    _problem(api.post("/v1/check", json=big), 413, openapi)

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while it arrives
        yield b'{"draft": {"id": "d", "text": "'
        for _ in range(40):
            yield b"x" * 65536
        yield b'"}}'

    _problem(api.post("/v1/check", content=chunks()), 413, openapi)
    # the connection is still usable afterwards
    assert api.get("/v1/health").status_code == 200


def test_forty_concurrent_checks(server: Server) -> None:
    payloads = [BLOCKING if i % 2 == 0 else PASSING for i in range(40)]
    with server.client(limits=httpx.Limits(max_connections=40)) as client:

        def post(p: dict[str, Any]) -> tuple[dict[str, Any], httpx.Response]:
            return p, client.post("/v1/check", json=p)

        with ThreadPoolExecutor(max_workers=40) as pool:
            results = list(pool.map(post, payloads))
    complete = 0
    for payload, r in results:
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["decision"] in ("pass", "warn", "block")
        if body["complete"]:
            complete += 1
            assert body["decision"] == ("block" if payload is BLOCKING else "pass")
        else:
            assert body["incomplete_reason"] == "timeout"
    assert complete > 0


# -- token and deadline ----------------------------------------------------------------------


def test_token_is_required_when_configured(guarded: Server, openapi: dict[str, Any]) -> None:
    with guarded.client() as c:
        r = c.post("/v1/check", json=PASSING)
        _problem(r, 401, openapi)
        assert r.headers["www-authenticate"].startswith("Bearer")
        r = c.post("/v1/check", json=PASSING, headers={"Authorization": "Bearer wrong"})
        _problem(r, 401, openapi)
        assert 'error="invalid_token"' in r.headers["www-authenticate"]
        _problem(c.get("/v1/rules", headers={"Authorization": "Basic czNjcmV0"}), 401, openapi)
        assert c.get("/v1/health").status_code == 200
        ok = c.get("/v1/rules", headers={"Authorization": "Bearer s3cret-token"})
        assert ok.status_code == 200


def test_a_check_past_its_deadline_answers_incomplete(guarded: Server) -> None:
    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    docs = [_doc(p.name, p.read_text(encoding="utf-8")) for p in seeds]
    with guarded.client(headers={"Authorization": "Bearer s3cret-token"}) as c:
        r = c.post("/v1/check", json={"draft": docs[0], "sources": docs[1:]})
    assert r.status_code == 200
    body = r.json()
    assert body["complete"] is False
    assert body["incomplete_reason"] == "timeout"
    assert body["decision"] in ("warn", "block"), "what was not checked must not pass"
    json.dumps(body)


# -- options, CORS, access log, the optional extra ------------------------------------------


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_an_invalid_port_is_a_usage_error(port: str) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "claimcheck", "serve", "--port", port],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 2
    assert r.stdout == ""
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith("claimcheck: error:") and "--port" in line and "65535" in line


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--workers", "0", "workers"),
        ("--max-queue", "lots", "queue"),
        ("--header-timeout", "-1", "header timeout"),
        ("--cors-origin", "https://cms.example.org/editor", "CORS origin"),
        ("--access-log", "no/such/folder/access.log", "access log"),
    ],
)
def test_a_bad_server_option_is_one_line_and_exit_2(
    tmp_path: Path, option: str, value: str, says: str
) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "claimcheck", "serve", "--port", "0", option, value],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert r.returncode == 2
    assert "serving" not in r.stdout
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith("claimcheck: error:") and says in line


@pytest.fixture(scope="module")
def cms(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server for a browser-based CMS: one allowed origin, an access log, a token."""
    tmp = tmp_path_factory.mktemp("serve-cms")
    srv = start(
        tmp,
        "--cors-origin",
        "https://cms.example.org",
        "--access-log",
        str(tmp / "access.log"),
        "--workers",
        "1",
        env={"CLAIMCHECK_TOKEN": "s3cret-token"},
    )
    try:
        yield srv
    finally:
        stop(srv)


def test_cors_preflight_and_answer_for_an_allowed_origin(cms: Server) -> None:
    origin = "https://cms.example.org"
    with cms.client() as c:
        pre = c.options(
            "/v1/check",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type",
            },
        )
        assert pre.status_code == 200
        assert pre.headers["access-control-allow-origin"] == origin
        assert "POST" in pre.headers["access-control-allow-methods"]
        allowed = pre.headers["access-control-allow-headers"].lower()
        assert "authorization" in allowed and "content-type" in allowed
        r = c.post(
            "/v1/check",
            json=BLOCKING,
            headers={"Origin": origin, "Authorization": "Bearer s3cret-token"},
        )
        assert r.status_code == 200 and r.json()["decision"] == "block"
        assert r.headers["access-control-allow-origin"] == origin


def test_cors_refuses_other_origins(cms: Server, openapi: dict[str, Any]) -> None:
    with cms.client() as c:
        pre = c.options(
            "/v1/check",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        )
        _problem(pre, 400, openapi)
        assert "access-control-allow-origin" not in pre.headers
        r = c.get("/v1/health", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in r.headers


def test_without_cors_origins_there_is_no_preflight(api: httpx.Client) -> None:
    pre = api.options(
        "/v1/check",
        headers={"Origin": "https://cms.example.org", "Access-Control-Request-Method": "POST"},
    )
    assert pre.status_code == 405
    assert "access-control-allow-origin" not in pre.headers


def test_access_log_is_json_lines_without_bodies_or_tokens(cms: Server) -> None:
    secret_text = "The ministry said 4,812 ballots were recounted in Quetta."
    payload = {"draft": _doc("drafts/secret-story.md", secret_text)}
    with cms.client(headers={"Authorization": "Bearer s3cret-token"}) as c:
        assert c.post("/v1/check", json=payload).status_code == 200
        assert c.get("/v1/rules").status_code == 200
    with httpx.Client(base_url=cms.url) as anon:
        assert anon.get("/v1/rules").status_code == 401
    log = cms.log.parent / "access.log"

    def entries_now() -> list[dict[str, Any]]:
        return [json.loads(line) for line in log.read_text().splitlines()]

    # Lines are written after each answer is sent: wait for the last one the test caused.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not any(
        e["path"] == "/v1/rules" and e["status"] == 401 for e in entries_now()
    ):
        time.sleep(0.05)
    text = log.read_text()
    entries = entries_now()
    checks = [e for e in entries if e["path"] == "/v1/check" and e["method"] == "POST"]
    assert checks, entries
    last = checks[-1]
    assert last["status"] == 200
    # A loaded machine may cut the check short; the log records either outcome faithfully.
    assert last["decision"] in ("pass", "warn", "block") and isinstance(last["complete"], bool)
    assert last["request_bytes"] > 0 and last["response_bytes"] > 0
    assert last["duration_ms"] >= 0 and last["client"] == "127.0.0.1"
    assert last["time"].endswith("Z")
    assert any(e["path"] == "/v1/rules" and e["status"] == 401 for e in entries)
    for secret in ("4,812", "secret-story", "s3cret-token", "ballots"):
        assert secret not in text


_BLOCK_EXTRA = """
import importlib.abc, sys

class _Missing(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("starlette", "uvicorn"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, _Missing())
sys.argv = ["claimcheck", *sys.argv[1:]]
from claimcheck.cli import main
code = main()
assert not any(m.split(".")[0] in ("starlette", "uvicorn") for m in sys.modules)
sys.exit(code)
"""


def test_without_the_server_extra_serve_says_how_to_get_it() -> None:
    r = subprocess.run(
        [sys.executable, "-c", _BLOCK_EXTRA, "serve", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 2
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith("claimcheck: error:")
    assert "pip install 'claimcheck[server]'" in line


def test_without_the_server_extra_check_still_runs() -> None:
    seeds = str(Path(__file__).resolve().parents[1] / "seeds")
    r = subprocess.run(
        [sys.executable, "-c", _BLOCK_EXTRA, "check", seeds, "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode in (0, 1), r.stderr
    assert json.loads(r.stdout)["documents"]


def test_the_server_stack_is_an_optional_extra() -> None:
    tomllib = pytest.importorskip("tomllib")
    meta = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    base = " ".join(meta["project"]["dependencies"])
    assert "starlette" not in base and "uvicorn" not in base
    server = " ".join(meta["project"]["optional-dependencies"]["server"])
    assert "starlette" in server and "uvicorn" in server
