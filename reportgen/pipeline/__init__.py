"""From one event file to its committed documents (`pipeline.py`), with its chart pictures
(`pictures.py`) drawn by the chart helpers (`drawing.py`); many events here or in worker processes
(`batch.py`, `pool.py`).
"""
