"""Pure domain: value types, rules and errors. Imports nothing else of hsp_desk, no Qt, no SQL."""
