"""The GP preview's charts are shown as drawn, not encoded as PNG and decoded again (issue #22:
switch to Share after the data changed, p95 <= 100 ms).

After every change the preview is built again. Each chart was drawn, encoded as a PNG (~20 ms
in the worker at print size, ~85 % of the chart's cost), put into the HTML as base64 and
decoded by the preview (~8 ms of the UI thread). The preview now holds the drawn image; the
PNG is made only when the person saves the PDF, from the very image they saw.
"""

from __future__ import annotations

from pathlib import Path

from featurekit import idle, open_view
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from test_sharing import fresh_preview, images_in, saving_to

from ui.sharing_ops import printable
from ui.views.sharing import SharingView


def _weight_only(view: SharingView) -> None:
    for row in range(view.tracker_list.count()):
        item = view.tracker_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) != "weight":
            item.setCheckState(Qt.CheckState.Unchecked)


def _image_names(view: SharingView) -> list[str]:
    names: list[str] = []
    block = view.preview.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fragments += 1
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                names.append(fragment.charFormat().toImageFormat().name())
        block = block.next()
    return names


def test_the_preview_shows_its_charts_without_a_png(qtbot, demo_session) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    _weight_only(view)
    fresh_preview(qtbot, view)
    assert images_in(view) == 1
    assert "data:image/png" not in view.preview_html
    (name,) = _image_names(view)
    shown = view.preview.document().resource(QTextDocument.ResourceType.ImageResource,
                                             QUrl(name))
    assert isinstance(shown, QImage)
    assert (shown.width(), shown.height()) == (1360, 460)  # drawn at print size


def test_the_pdf_prints_the_chart_the_preview_showed(qtbot, demo_session, tmp_path: Path) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    _weight_only(view)
    fresh_preview(qtbot, view)
    assert view._preview is not None
    html = printable(view._preview[1])
    assert html.count('src="data:image/png;base64,') == 1
    assert 'src="chart:' not in html
    asked = saving_to(view, tmp_path)
    view.save_pdf_button.click()
    idle(qtbot, demo_session)
    assert _pdf_images(asked["pdf"]) == [(1360, 460)]


def _pdf_images(path: Path) -> list[tuple[int, int]]:
    """The size of each image the PDF's pages draw."""
    sizes: list[tuple[int, int]] = []
    for page in PdfReader(path).pages:
        found = page["/Resources"].get_object().get("/XObject")
        for ref in (found.get_object().values() if found else []):
            image = ref.get_object()
            if image.get("/Subtype") == "/Image":
                sizes.append((int(image["/Width"]), int(image["/Height"])))
    return sizes


def test_a_new_summary_fits_its_charts_once(qtbot, demo_session, monkeypatch) -> None:
    """setHtml resizes the browser twice (its scroll bar goes with the old text and comes back
    with the new); fitting the charts on each walked the whole summary in Python and laid it
    out again, ~8 ms of the UI thread per preview."""
    view = open_view(qtbot, SharingView, demo_session)
    _weight_only(view)
    fresh_preview(qtbot, view)
    assert view._preview is not None
    shown = view._preview[1]
    fits: list[int] = []
    real = view.preview.fit_images

    def counted() -> None:
        fits.append(1)
        real()

    monkeypatch.setattr(view.preview, "fit_images", counted)
    view.preview.clear()  # as a change does: the old summary goes at once
    qtbot.wait(50)
    fits.clear()
    view.preview.show_html(shown.html, shown.charts)
    assert len(fits) == 1
    assert images_in(view) == 1
    view.resize(500, 700)  # a narrower window still fits the chart again
    qtbot.waitUntil(lambda: len(fits) >= 2, timeout=5_000)
