"""Office files: the hardened package checks, the sandbox and its limits, the Word engine
(docxtpl), the PowerPoint engine (ours, on python-pptx), the output check and `inspect`.

Takes prepared data; never imports the build.
"""
