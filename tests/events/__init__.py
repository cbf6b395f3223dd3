"""Events of other shapes than WAIC 2022, for design tests and for looking at every page."""
