"""The home tab ("Beranda"): facility profile, who is logged in, today's date, audit chain status."""
