"""The comparison of the reviewers' own scores, where the agreed (consensus) score is set."""
