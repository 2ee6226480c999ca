"""Import and export (CSV, XLSX, MARC, data packs). No Qt."""
