"""The desktop interface (PySide6). The only package that may import Qt."""
