"""The signed-in main window's tab bar: every tab the actor may see, each built when first shown.
Imported at the first login (nothing here is needed to show the login page).

`TabSpec` (app.ui.main_window: the registry and how to add a tab) describes a tab. The host
adds one empty `TabPage` per permitted spec; the real tab widget is created inside its page the
first time the page becomes current (or when `tab(key)` asks for it), so logging in costs only
the tab that is shown. A tab that fails to build reports the error and shows a note in its page;
the other tabs keep working.

Status-bar warnings: a built tab may report them through a `warnings_changed(str)` signal. So
that they show right after login without building the tab, a spec may also name a `status`
provider, `status(services, actor) -> str`, which the host asks after the window's first paint
for each tab not built yet; `warning_changed(str)` carries either to the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.services.actor import Actor
    from app.services.container import Services
    from app.ui.main_window import TabSpec


class TabPage(QWidget):
    """Holds one tab; empty until the tab is built."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.widget: QWidget | None = None
        self.failed = False
        self.pending_state: object = None  # for restore_view_state once the tab is built
        self.setObjectName(f"page_{spec.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def put(self, widget: QWidget) -> None:
        self.widget = widget
        self.layout().addWidget(widget)
        widget.show()  # now, not queued by the layout: the page may be on screen already


class TabHost(QTabWidget):
    warning_changed = Signal(str)

    def __init__(
        self, specs: list[TabSpec], services: Services, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tabs")
        self.setDocumentMode(True)
        self.services = services
        self.actor = actor
        self.pages: list[TabPage] = []
        for spec in specs:
            if spec.permission is not None and not actor.can(spec.permission):
                continue
            page = TabPage(spec, self)
            self.pages.append(page)
            self.addTab(page, QCoreApplication.translate("tabs", spec.title))
        # Connected only now: the first addTab made tab 0 current, which must not build it.
        self.currentChanged.connect(self._current_changed)

    @property
    def keys(self) -> list[str]:
        return [page.spec.key for page in self.pages]

    def page(self, key: str) -> TabPage | None:
        return next((page for page in self.pages if page.spec.key == key), None)

    def tab(self, key: str, build: bool = True) -> QWidget | None:
        """The tab widget of `key`, built now unless `build` is False (None: not built)."""
        page = self.page(key)
        if page is None:
            return None
        return self.build(page) if build else page.widget

    def show_key(self, key: str) -> None:
        """Make `key` current (the first tab when it is not there) and build it."""
        page = self.page(key) or (self.pages[0] if self.pages else None)
        if page is not None:
            self.setCurrentWidget(page)
            self.build(page)

    def current_key(self) -> str:
        page = self.currentWidget()
        return page.spec.key if isinstance(page, TabPage) else ""

    def built(self) -> list[QWidget]:
        return [page.widget for page in self.pages if page.widget is not None]

    def build(self, page: TabPage) -> QWidget | None:
        if page.widget is not None or page.failed:
            return page.widget
        try:
            widget = page.spec.factory(self.services, self.actor, page)
        except Exception as exc:  # one broken tab must not keep the others from working
            page.failed = True
            note = QLabel(self.tr("Tab ini tidak dapat dibuka. Rincian ada di laporan galat."))
            note.setObjectName("tab_failed")
            page.layout().addWidget(note)
            from app.ui.common.error_dialog import report_exception

            report_exception(exc, self)
            return None
        widget.setObjectName(f"tab_{page.spec.key}")
        page.put(widget)
        self._restore(page)
        signal = getattr(widget, "warnings_changed", None)
        if signal is not None:
            signal.connect(self.warning_changed)
        return widget

    @Slot(int)
    def _current_changed(self, index: int) -> None:
        page = self.widget(index)
        if isinstance(page, TabPage):
            self.build(page)

    # A tab's view (filters, the shown item) kept across a rebuild of the window ---------------
    def view_states(self) -> dict[str, object]:
        """What each built tab with a `view_state` shows, by tab key."""
        states = {}
        for page in self.pages:
            view_state = getattr(page.widget, "view_state", None)
            if callable(view_state):
                states[page.spec.key] = view_state()
        return states

    def restore_view_states(self, states: dict[str, object]) -> None:
        """Give each tab its state from `view_states`: now when built, else when it is built."""
        for page in self.pages:
            if page.spec.key in states:
                page.pending_state = states[page.spec.key]
                if page.widget is not None:
                    self._restore(page)

    @staticmethod
    def _restore(page: TabPage) -> None:
        restore = getattr(page.widget, "restore_view_state", None)
        state, page.pending_state = page.pending_state, None
        if state is not None and callable(restore):
            restore(state)

    # Whole-window actions: only the tabs that exist take part --------------------------------
    def check_status(self) -> None:
        """Ask the status providers of the tabs not built yet (a built tab reports itself)."""
        for page in self.pages:
            if page.spec.status is not None and page.widget is None:
                self.warning_changed.emit(page.spec.status(self.services, self.actor))

    def refresh(self) -> None:
        for widget in self.built():
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()
        self.check_status()

    def confirm_close(self) -> bool:
        """Every built tab agrees to close (none holds unsaved edits); else it is shown."""
        for page in self.pages:
            can_close = getattr(page.widget, "can_close", None)
            if callable(can_close) and not can_close():
                self.setCurrentWidget(page)
                return False
        return True
