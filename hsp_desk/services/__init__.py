"""Use cases, one module per job. Each takes a Session, validates, writes, commits once.
The services are the only code that writes to the database."""
