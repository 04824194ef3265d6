"""The fidelity scale as data: loading, validation and scoring (no Qt)."""
