"""The service layer: the only way the UI, the command line and the reports reach the data."""
