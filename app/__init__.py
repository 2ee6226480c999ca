"""Sibina: Sistem Informasi Pembinaan. The single source of the version and names."""

__version__ = "0.1.0"
APP_NAME = "Sibina"
APP_LONG_NAME = "Sibina — Sistem Informasi Pembinaan"
ORGANIZATION = "Sibina"
