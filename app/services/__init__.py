"""Use cases: each takes a unit of work and the acting user, checks permission, validates, writes,
audits, and returns frozen DTOs (never live ORM objects)."""
