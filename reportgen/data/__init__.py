"""The data in the middle: the event model, loading and validating YAML, the project file,
formatting, derived values, the views templates see, and `prepare()`, which makes all of it.

Imports nothing from the renderers (`office`), the charts or the build.
"""
