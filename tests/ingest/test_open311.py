"""Open311 GeoReport v2: read by an independent client (georeport), written with raw HTTP."""

from __future__ import annotations

import httpx
import xmltodict
from georeport import GeoReport

from gridcc.domain.event import Source
from gridcc.domain.geo import load_geography
from gridcc.domain.taxonomy import load_taxonomy
from tests.ingest.conftest import IngestServer

KEY = "test-open311-key"


def _code() -> str:
    return next(iter(load_taxonomy().reportable_by(Source.CITIZEN))).code


def test_independent_client_lists_services_and_reads_requests(ingest_server: IngestServer) -> None:
    root = f"{ingest_server.base}/open311/v2"
    lat, lon = load_geography().grids[5].centroid
    r = httpx.post(
        f"{root}/requests.json",
        data={"api_key": KEY, "service_code": _code(), "lat": lat, "long": lon, "description": "测试 Open311 上报"},
    )
    assert r.status_code == 201, r.text
    rid = r.json()[0]["service_request_id"]

    client = GeoReport(root)
    services = client.get_service_list()
    assert len(services) == len(load_taxonomy().reportable_by(Source.CITIZEN))
    assert {"service_code", "service_name", "metadata", "type"} <= set(services[0])
    assert client.get_service_definition(_code())["service_code"] == _code()
    req = client.get_service_request(rid)
    assert req["service_request_id"] == rid and req["service_code"] == _code() and req["status"] == "open"
    listed = client.get_service_requests(service_request_id=rid)
    assert [x["service_request_id"] for x in listed] == [rid]

    xml_client = GeoReport(root, output_format="xml")
    assert xml_client.get_service_request(rid)["service_request_id"] == rid
    assert len(xml_client.get_service_list()) == len(services)


def test_post_needs_a_valid_key_and_service(ingest_server: IngestServer) -> None:
    root = f"{ingest_server.base}/open311/v2"
    lat, lon = load_geography().grids[5].centroid
    bad_key = httpx.post(
        f"{root}/requests.xml",
        data={"api_key": "nope", "service_code": _code(), "lat": lat, "long": lon, "description": "x"},
    )
    assert bad_key.status_code == 403
    assert xmltodict.parse(bad_key.content)["errors"]["error"]["description"] == "invalid api_key"
    bad_code = httpx.post(
        f"{root}/requests.json", data={"api_key": KEY, "service_code": "NOPE", "lat": lat, "long": lon}
    )
    assert bad_code.status_code == 400 and "NOPE" in bad_code.text
    outside = httpx.post(
        f"{root}/requests.json", data={"api_key": KEY, "service_code": _code(), "lat": 0, "long": 0, "description": "x"}
    )
    assert outside.status_code == 422
    assert httpx.get(f"{root}/discovery.json").json()["endpoints"][0]["url"].endswith("/open311/v2/")
