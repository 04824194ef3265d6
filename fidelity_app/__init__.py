"""fidelity_app: IPS fidelity reviews on the desktop."""

__version__ = "0.1.0"
