"""PDFs through LibreOffice: one long-lived office per process (`office_server.py`) driven by
LibreOfficeKit in a helper (`lok.py`), else a LibreOffice of its own per conversion (`pdf.py`).
"""
