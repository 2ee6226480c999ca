"""The inmate register's rules: NIK, registration codes and numbers, sentences, detention limits,
and the validation of a record. Pure Python (no Qt, no SQLAlchemy)."""
