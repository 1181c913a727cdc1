"""OpenID Connect as city identity providers need it (#14 §6), against the real provider
(npm oidc-provider, tests/peers/oidc): scope and audience asked for and granted, the three
client authentication methods, https required except for this machine, a CA bundle for a
provider with its own certificate authority, and one token client for a push and a pull."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import ipaddress
import json
import socket
import ssl
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kiosk.basics.errors import ValidationError
from kiosk.core import Kiosk
from kiosk.operations.provisioning import CLIENT_SECRET
from kiosk.operations.settings import Settings, save_settings
from sync.auth import OidcClientCredentials
from sync.client import CityOsLink
from sync.errors import InsecureTransport, ProviderUnreachable, UntrustedCertificate
from sync.kiosk_key import kiosk_key_document
from sync.pull import fetch
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider, running_provider


def claims(token: str) -> dict[str, Any]:
    """The JWT's claims (its signature is the City OS peer's business, checked elsewhere)."""
    part = token.split(".")[1]
    return dict(json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))))


def configured(kiosk: Kiosk, provider: Provider, broker: str, **changes: Any) -> Settings:
    with kiosk.store.atomic():
        kiosk.store.set_secret(CLIENT_SECRET, provider.client_secret.encode())
    settings = replace(
        Settings(),
        cityos_endpoint=broker,
        oidc_issuer=provider.issuer,
        oidc_client_id=provider.client_id,
        **changes,
    )
    save_settings(kiosk.ctx, settings)  # the settings check passes them
    return settings


def test_scope_and_audience_are_asked_for_and_granted(
    kiosk: Kiosk, oidc_provider: Provider
) -> None:
    audience = f"{oidc_provider.audience}:aizu"
    settings = configured(
        kiosk,
        oidc_provider,
        "http://127.0.0.1:9",
        oidc_scope="cityos.write",
        oidc_audience=audience,
    )
    token = claims(CityOsLink().auth(kiosk.ctx, settings).token())
    assert (token["scope"], token["aud"], token["client_id"]) == (
        "cityos.write",
        audience,
        oidc_provider.client_id,
    )


def test_client_secret_post_is_used_when_chosen(kiosk: Kiosk, oidc_provider: Provider) -> None:
    post_client = replace(oidc_provider, client_id=f"{oidc_provider.client_id}-post")
    settings = configured(
        kiosk, post_client, "http://127.0.0.1:9", oidc_auth_method="client_secret_post"
    )
    token = claims(CityOsLink().auth(kiosk.ctx, settings).token())
    assert token["client_id"] == post_client.client_id


def test_private_key_jwt_signs_with_the_kiosk_key(kiosk: Kiosk) -> None:
    public = json.dumps(kiosk_key_document(kiosk.store))
    with running_provider(extra_env={"CLIENT_JWK": public}) as provider:
        jwt_client = replace(provider, client_id=f"{provider.client_id}-jwt")
        settings = configured(
            kiosk, jwt_client, "http://127.0.0.1:9", oidc_auth_method="private_key_jwt"
        )
        token = claims(CityOsLink().auth(kiosk.ctx, settings).token())
    assert token["client_id"] == jwt_client.client_id


def test_plain_http_to_another_machine_is_refused_before_anything_is_sent() -> None:
    remote = "http://cityos.example.invalid"
    with pytest.raises(InsecureTransport) as refused:
        OidcClientCredentials(remote, "kiosk", "secret-1").token()
    with pytest.raises(ProviderUnreachable):  # the lab flag: it does try (no such host)
        OidcClientCredentials(remote, "kiosk", "s", allow_insecure_http=True, timeout=2).token()
    assert refused.value.message.startswith(
        "http://cityos.example.invalid is not an https:// address, so the client secret"
    )
    assert "secret-1" not in f"{refused.value} {refused.value.params}"


def test_the_broker_over_plain_http_is_refused_too(kiosk: Kiosk, oidc_provider: Provider) -> None:
    settings = configured(kiosk, oidc_provider, "http://127.0.0.1:9")
    remote = replace(settings, cityos_endpoint="http://broker.example.invalid")
    with pytest.raises(InsecureTransport):
        CityOsLink().replayer(kiosk.ctx, remote)
    with pytest.raises(InsecureTransport):
        CityOsLink().reader(kiosk.ctx, remote)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"oidc_issuer": "http://idp.example.jp"}, "oidc_issuer"),
        ({"cityos_endpoint": "http://broker.example.jp"}, "cityos_endpoint"),
        ({"oidc_scope": 'cityos "write"'}, "oidc_scope"),
        ({"oidc_audience": "broker"}, "oidc_audience"),
        ({"oidc_audience": "https://broker.example.jp#x"}, "oidc_audience"),
        ({"oidc_auth_method": "tls_client_auth"}, "oidc_auth_method"),
        ({"ca_bundle": "/nonexistent/ca.pem"}, "ca_bundle"),
    ],
)
def test_settings_refuse_what_cannot_work(
    kiosk: Kiosk, changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        save_settings(kiosk.ctx, replace(Settings(), **changes))
    assert raised.value.field == field


def test_settings_accept_https_loopback_http_and_the_lab_flag(kiosk: Kiosk) -> None:
    for settings in (
        replace(Settings(), oidc_issuer="https://idp.example.jp", oidc_scope="openid cityos"),
        replace(Settings(), oidc_issuer="http://127.0.0.1:8080", cityos_endpoint="http://[::1]:1"),
        replace(Settings(), oidc_issuer="http://idp.lab", allow_insecure_http=True),
    ):
        save_settings(kiosk.ctx, settings)


def self_signed(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by its own key (as a city's private CA would be)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "ca.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_the_ca_bundle_is_what_makes_an_own_ca_provider_trusted(
    kiosk: Kiosk, tmp_path: Path
) -> None:
    cert, key = self_signed(tmp_path)
    with running_provider(extra_env={"TLS_CERT": str(cert), "TLS_KEY": str(key)}) as provider:
        settings = configured(kiosk, provider, "https://127.0.0.1:9")
        with pytest.raises(UntrustedCertificate) as untrusted:
            CityOsLink().auth(kiosk.ctx, settings).token()
        bundled = replace(settings, ca_bundle=str(cert))
        save_settings(kiosk.ctx, bundled)
        link = CityOsLink()
        token = claims(link.auth(kiosk.ctx, bundled).token())
        broker_verify = link.replayer(kiosk.ctx, bundled).adapter.session.verify  # type: ignore[attr-defined]
    assert provider.issuer.startswith("https://127.0.0.1:")
    assert untrusted.value.params == {"url": provider.issuer}
    assert (token["client_id"], broker_verify) == (provider.client_id, str(cert))


def test_a_push_then_a_pull_fetch_one_token(
    kiosk: Kiosk, oidc_provider: Provider, cityos_peer: CityOsPeer
) -> None:
    settings = configured(kiosk, oidc_provider, cityos_peer.url)
    link = CityOsLink()
    report = link.replayer(kiosk.ctx, settings).run()
    pulled = fetch(link.reader(kiosk.ctx, settings), "test-shelter", "")
    auth = link.auth(kiosk.ctx, settings)
    assert (report.finished, report.sent >= 1, pulled.shelter is not None) == (True, True, True)
    assert auth.tokens_fetched == 1


class TlsFront:
    """TLS in front of the City OS peer on 127.0.0.1 (the peer speaks plain HTTP): accepts
    TLS with the given certificate and pipes the bytes to the peer, as a city's load
    balancer does. Plumbing only: every answer is the peer's."""

    def __init__(self, target_port: int, cert: Path, key: Path) -> None:
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(cert, key)
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                raw, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._pipe, args=(raw,), daemon=True).start()

    def _pipe(self, raw: socket.socket) -> None:
        try:
            client = self.context.wrap_socket(raw, server_side=True)
        except (ssl.SSLError, OSError):  # the kiosk refused our certificate
            raw.close()
            return
        upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=10)

        def pump(source: socket.socket, sink: socket.socket) -> None:
            try:
                while data := source.recv(65536):
                    sink.sendall(data)
            except OSError:
                pass
            finally:
                for s in (source, sink):
                    with contextlib.suppress(OSError):
                        s.shutdown(socket.SHUT_RDWR)

        back = threading.Thread(target=pump, args=(upstream, client), daemon=True)
        back.start()
        pump(client, upstream)
        back.join(timeout=10)
        client.close()
        upstream.close()

    def close(self) -> None:
        self.listener.close()


def test_the_ca_bundle_is_used_for_the_broker_too(
    kiosk: Kiosk, oidc_provider: Provider, cityos_peer: CityOsPeer, tmp_path: Path
) -> None:
    cert, key = self_signed(tmp_path)
    front = TlsFront(int(cityos_peer.url.rsplit(":", 1)[1]), cert, key)
    try:
        settings = configured(kiosk, oidc_provider, f"https://127.0.0.1:{front.port}")
        untrusted = CityOsLink().replayer(kiosk.ctx, settings)
        untrusted.sleep = lambda _: None
        refused = untrusted.run(max_rounds=2)
        bundled = replace(settings, ca_bundle=str(cert))
        trusted = CityOsLink().replayer(kiosk.ctx, bundled).run()
    finally:
        front.close()
    assert (refused.sent, refused.retries > 0) == (0, True)
    assert (trusted.finished, trusted.sent >= 1, trusted.conflicts) == (True, True, 0)
