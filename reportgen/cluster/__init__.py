"""Building events on a Dask cluster: the client (`cluster.py`), the worker side (`remote.py`) in
a build process of its own (`isolated.py`), and what the client accepts of the files that come back
(`received.py`).
"""
