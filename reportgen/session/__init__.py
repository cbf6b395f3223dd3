"""The build session (`session.py`: what `reportgen build` does, once) and the edit loop on it
(`watch.py`, with `preview.py`'s pictures of every page), and the up-to-date stamp that tells a
session what the last one read and wrote (`stamp.py`).
"""
