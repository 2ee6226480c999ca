"""The WBP tab: the inmate register list, the record dialog, status changes, import/export."""
