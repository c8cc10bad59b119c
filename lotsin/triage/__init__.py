"""Lotsin's triage engine: plain Python, no Django (see PRODUCT.md, "Triage contract").

Filled by the triage issue; this package exists so that its boundary is enforced from day one.
"""
