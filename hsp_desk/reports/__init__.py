"""Reports: read models over the ledger and their PDF (reportlab) and XLSX (openpyxl) renderers."""
