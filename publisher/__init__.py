"""pinghu-publish: accessible e-book and audio editions of a Chinese local newspaper page."""

__version__ = "0.1.0"
