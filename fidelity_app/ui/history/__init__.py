"""Following a service over time: the service page, action plans, CSV export, the overview."""
