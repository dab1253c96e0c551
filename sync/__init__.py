"""Participation: consent ledger, outbox, wire protocol and client for the endpoint.

`sync.protocol` is the one package shared with `endpoint/`; it holds only pydantic models and
pure helpers, so the endpoint can import it without pulling in Qt, requests or the vault.
"""
