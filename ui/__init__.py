"""The Qt desktop application (PySide6). Everything it does to data goes through ``workbench``."""
