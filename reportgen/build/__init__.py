"""The build: the pipeline from event file to committed outputs, the atomic commit and its
journal, PDF through LibreOffice, where bundled resources are, and `init`'s scaffolding.
"""
