"""Review files: the JSON format for exchanging and backing up one review (no Qt, no DB)."""
