"""Pure Python: value objects, enums and rules. Imports neither Qt nor SQLAlchemy."""
