"""Writing outputs all or nothing: staging, the folder lock, the journal and the moves into place
(`output.py`).
"""
