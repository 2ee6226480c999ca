"""Administration screens: users, facility profile, audit log, own password."""
