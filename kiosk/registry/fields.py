"""Translatable labels of the fields a person fills in, for validation messages that name
the field ("Date of birth: use the form 1950-04-01")."""

from __future__ import annotations

from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N

__all__ = ["FIELD_LABELS", "label"]

FIELD_LABELS: dict[str, str] = {
    "name": _N("Field", "Name"),
    "kana": _N("Field", "Reading (kana)"),
    "sex": _N("Field", "Sex"),
    "birth": _N("Field", "Date of birth"),
    "address": _N("Field", "Address"),
    "phone": _N("Field", "Phone"),
    "relationship": _N("Field", "Relationship"),
    "stay": _N("Field", "Where staying"),
    "stay_detail": _N("Field", "Place details"),
    "needs": _N("Field", "Special needs"),
    "language": _N("Field", "Language"),
    "consent": _N("Field", "Consent"),
    "household": _N("Field", "Household"),
    "destination": _N("Field", "Destination"),
    "item": _N("Field", "Item"),
    "quantity": _N("Field", "Quantity"),
    "capacity": _N("Field", "Capacity"),
    "shelter_id": _N("Field", "Shelter id"),
    "shelter_name": _N("Field", "Shelter name"),
    "vehicle_plate": _N("Field", "Number plate"),
    "vehicle_type": _N("Field", "Vehicle type"),
    "pet_count": _N("Field", "Number of pets"),
    "home_damage": _N("Field", "Damage to home"),
    "emergency_contact": _N("Field", "Emergency contact"),
    "passphrase": _N("Field", "Passphrase"),
    "person": _N("Field", "Person"),
    "people": _N("Field", "Number of people"),
    "query": _N("Field", "Search"),
    "staff": _N("Field", "Staff label"),
    "role": _N("Field", "Role"),
    "pin": _N("Field", "PIN"),
    "image": _N("Field", "Image"),
    "client_secret": _N("Field", "Client secret"),
    "hours": _N("Field", "Hours"),
    "survey": _N("Field", "Survey"),
    "platform": _N("Field", "City OS platform"),
    "cityos_endpoint": _N("Field", "City OS context broker URL"),
    "oidc_issuer": _N("Field", "OpenID Connect issuer URL"),
    "idle_lock_seconds": _N("Field", "Lock the desk after idle seconds"),
    "self_checkin_idle_seconds": _N("Field", "Self check-in idle seconds"),
    "sync_batch_size": _N("Field", "Changes per request"),
    "roster_district": _N("Field", "District of the resident roster"),
    "pull_interval_minutes": _N("Field", "Roster refresh interval"),
    "backup_folder": _N("Field", "Backup folder"),
    "backup_interval_minutes": _N("Field", "Backup interval"),
    "backup_keep": _N("Field", "Backups to keep"),
    "tenant": _N("Field", "Tenant (Fiware-Service)"),
    "service_path": _N("Field", "Service path (Fiware-ServicePath)"),
    "oidc_scope": _N("Field", "Scopes"),
    "oidc_audience": _N("Field", "Audience (resource indicator)"),
    "oidc_auth_method": _N("Field", "Client authentication method"),
    "ca_bundle": _N("Field", "CA certificates file"),
}


def label(field: str) -> str:
    """The English label of ``field`` (the key itself when it has none)."""
    return FIELD_LABELS.get(field, field)
