"""The Certificates tab: the register, issue in batches, reprint, revoke and verify."""
