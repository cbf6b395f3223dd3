"""The editorial plan's parts (data/derive.py puts them together): what each document prints, where.

Each module has one job; they import one another only downwards, as the import-linter contract in
pyproject.toml orders them.
"""
