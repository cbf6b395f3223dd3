"""A deck's native charts set as its slides are: no gap between East Asian characters and digits or
Latin letters ('4,200人次', '148（24%）', '約8,300人'), as PowerPoint sets them.

LibreOffice adds a fifth of the type's height at every boundary between CJK and other characters
of a paragraph that allows it (editeng's `ParaIsCharacterDistance`, "autospace"). A slide's text
takes its default from the office's language (office/east_asian_layout.py: office_language); a
chart's text does not: LibreOffice's chart model sets the property on its every title, axis,
legend and data label (chart2 CharacterProperties: true), and its OOXML import has nothing that
sets it (DrawingML has no such attribute; measured in LibreOffice 7.4: U+2060 joiners, the digits
in runs of their own, lang="en-US" on them and any office language all print '4,200 人次').

So the office helper turns it off in the loaded deck, before its PDF is written, through
LibreOffice's own API: a Basic macro (`MACRO`) in the helper's throwaway profile, run by
LibreOfficeKit's runMacro, sets `ParaIsCharacterDistance` false on each native chart's title,
axes, legend, series, data points and their custom label texts. The deck's file is not touched.
Application macros of the profile run under the profile's macro lockdown (which stops a document's
macros, pdf._SETTINGS), as they are not the document's."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

#: The Basic module's name in the profile's Standard library, and the URL that runs it.
MODULE = "ReportgenCharts"
MACRO_URL = f"macro:///Standard.{MODULE}.ChartsUnspaced()"

#: Every loaded presentation's native charts: `ParaIsCharacterDistance` off on all their text.
MACRO = """\
Sub ChartsUnspaced
  On Error Resume Next
  Dim e, doc, page, shape, chart
  e = StarDesktop.Components.createEnumeration()
  Do While e.hasMoreElements()
    doc = e.nextElement()
    If HasUnoInterfaces(doc, "com.sun.star.drawing.XDrawPagesSupplier") Then
      For p = 0 To doc.DrawPages.Count - 1
        page = doc.DrawPages.getByIndex(p)
        For s = 0 To page.Count - 1
          shape = page.getByIndex(s)
          If shape.supportsService("com.sun.star.drawing.OLE2Shape") Then
            chart = shape.Model
            If Not IsNull(chart) Then
              If HasUnoInterfaces(chart, "com.sun.star.chart2.XChartDocument") Then ChartUnspaced(chart)
            End If
          End If
        Next s
      Next p
    End If
  Loop
End Sub

Sub Unspaced(part)
  On Error Resume Next
  If Not IsNull(part) Then part.setPropertyValue("ParaIsCharacterDistance", False)
End Sub

Sub ChartUnspaced(chart)
  On Error Resume Next
  Dim title, strings, diagram, axis, pt, fields
  chart.lockControllers()
  title = chart.getTitleObject()
  If Not IsNull(title) Then
    strings = title.getText()
    For i = 0 To UBound(strings)
      Unspaced(strings(i))
    Next i
  End If
  diagram = chart.getFirstDiagram()
  Unspaced(diagram.getLegend())
  For Each cs In diagram.getCoordinateSystems()
    For dimension = 0 To cs.getDimension() - 1
      For index = 0 To cs.getMaximumAxisIndexByDimension(dimension)
        axis = cs.getAxisByDimension(dimension, index)
        Unspaced(axis)
      Next index
    Next dimension
    For Each ct In cs.getChartTypes()
      For Each ser In ct.getDataSeries()
        Unspaced(ser)
        For Each i In ser.AttributedDataPoints
          pt = ser.getDataPointByIndex(i)
          Unspaced(pt)
          fields = pt.CustomLabelFields
          If Not IsEmpty(fields) Then
            For k = 0 To UBound(fields)
              Unspaced(fields(k))
            Next k
            pt.CustomLabelFields = fields
          End If
        Next i
      Next ser
    Next ct
  Next cs
  chart.unlockControllers()
End Sub
"""

_LIBRARY = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" \
library:readonly="false" library:passwordprotected="false">
{elements}
</library:library>
"""

_MODULE = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="{name}" \
script:language="StarBasic">{code}</script:module>
"""


def install(profile: Path) -> bool:
    """Put `MACRO` in the Standard Basic library of the profile at `profile` (its folder), once
    LibreOffice has started on it (a new profile's first start replaces its `user/basic` with the
    defaults); the library is read when a macro first runs. False where it has no such library."""
    library = profile / "user" / "basic" / "Standard"
    listing = library / "script.xlb"
    if not listing.is_file():
        return False
    modules = [p.stem for p in library.glob("*.xba") if p.stem != MODULE]
    elements = "\n".join(f' <library:element library:name="{escape(m)}"/>' for m in [*modules, MODULE])
    (library / f"{MODULE}.xba").write_text(_MODULE.format(name=MODULE, code=escape(MACRO)), encoding="utf-8")
    listing.write_text(_LIBRARY.format(elements=elements), encoding="utf-8")
    return True
