"""What the PyInstaller specs share: the Qt modules left out, the binary filter, version info.

Imported by build/sibina.spec and benchmarks/bare_window.spec (they put this folder on sys.path),
so the Sibina bundle and the bare PySide6 benchmark bundle are frozen exactly the same way.
Paths are built with pathlib only: the same spec runs on Linux and on Windows.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Qt bindings Sibina never imports. PyInstaller only collects what is imported, but listing them
# stops an optional import somewhere (a library probing for QtQml, say) from dragging them in.
_UNUSED_QT = [
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
    "QtAxContainer",
    "QtNetwork",
]
QT_EXCLUDES = [f"PySide6.{name}" for name in _UNUSED_QT]

# Python packages that are development tools or GUI toolkits Sibina does not use.
PY_EXCLUDES = [
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "importlinter",
    "grimp",
    "ruff",
    "pypdf",
    "numpy",
    "IPython",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "PyInstaller",
    # pkg_resources is pulled in by optional imports; bundled, its runtime hook imports it at
    # every start (~0.2 s). Sibina uses importlib.metadata/resources only.
    "pkg_resources",
    "setuptools",
    "distutils",
    # Only concurrent.futures.process imports it (on demand; Sibina uses threads); bundled, its
    # runtime hook imports multiprocessing at every start (~8 ms before the first window).
    "multiprocessing",
]

EXCLUDES = QT_EXCLUDES + PY_EXCLUDES

# Shared libraries and plugins to drop even when a hook collects them (names, any platform).
# Qt Quick/QML, WebEngine, Multimedia, 3D and the like are large and unused by a widgets app;
# the software OpenGL fallback (opengl32sw.dll, ~20 MB) only matters for OpenGL/Quick.
_DROP_PATTERNS = [
    r"Qt6?(3D|Quick|Qml|WebEngine|WebChannel|WebSockets|WebView|Multimedia|SpatialAudio|"
    r"Charts|DataVisualization|Graphs|Designer|Location|Positioning|Sensors|Bluetooth|Nfc|"
    r"RemoteObjects|Scxml|StateMachine|TextToSpeech|VirtualKeyboard|Lottie|ShaderTools|"
    r"Test|Help|HttpServer|SerialBus|SerialPort|Labs|CanvasPainter|Wayland)",
    r"opengl32sw\.dll$",
    r"(^|[/\\])(avcodec|avformat|avutil|swresample|swscale)[-.]",
    r"[/\\]plugins[/\\](qmltooling|multimedia|sceneparsers|renderers|renderplugins|geoservices|"
    r"position|sensors|texttospeech|canbus|webview|assetimporters|geometryloaders|designer|"
    r"scxmldatamodel|networkinformation|sqldrivers|wayland-[a-z-]+|qmllint)[/\\]",
    r"[/\\]qml[/\\]",
    # Platform plugins for embedded/kiosk/Wayland/VNC; Sibina runs on windows, xcb or offscreen.
    r"[/\\]plugins[/\\](egldeviceintegrations|generic|tls)[/\\]",
    r"[/\\]platforms[/\\]lib(qeglfs|qlinuxfb|qminimalegl|qvkkhrdisplay|qvnc|qwayland)",
    r"Qt6(EglFS|EglFsKms|WlShell|Wayland)",
    # The GTK3 theme plugin pulls GLib/GIO/Cairo from the build machine and needs GTK anyway.
    r"platformthemes[/\\]libqgtk3",
    r"(^|[/\\])libavif",
]
_DROP = re.compile("|".join(f"(?:{p})" for p in _DROP_PATTERNS), re.IGNORECASE)

# Qt's own translations: keep Indonesian and English only (the app's languages).
_QT_TRANSLATION = re.compile(r"[/\\]translations[/\\]([a-z]+)_(.+)\.qm$", re.IGNORECASE)
_KEEP_LANGS = ("id", "en")


def keep(dest: str) -> bool:
    """False for a collected file (its destination path in the bundle) that Sibina never uses."""
    path = dest.replace("\\", "/")
    if _DROP.search(path):
        return False
    match = _QT_TRANSLATION.search(path)
    return not (match and not match.group(2).lower().startswith(_KEEP_LANGS))


def skip_unused_qt_plugins() -> None:
    """Make PyInstaller's Qt hooks skip the plugins `keep()` rejects *before* it analyses them, so
    their dependencies (the GTK theme drags in GLib, Cairo, Pango, Kerberos...) stay out too.
    Call from the spec before Analysis (hooks run in the same process)."""
    from PyInstaller.utils.hooks.qt import QtLibraryInfo

    original = QtLibraryInfo.collect_plugins
    if getattr(original, "sibina_filtered", False):
        return

    def collect_plugins(self, plugin_type):  # type: ignore[no-untyped-def]
        found = original(self, plugin_type)
        return [(src, dst) for src, dst in found if keep(f"{dst}/{Path(src).name}")]

    collect_plugins.sibina_filtered = True  # type: ignore[attr-defined]
    QtLibraryInfo.collect_plugins = collect_plugins


def filter_toc(toc: Iterable[tuple]) -> list[tuple]:
    """A TOC (a.binaries / a.datas) without the unused Qt parts."""
    return [entry for entry in toc if keep(entry[0]) and keep(str(entry[1]))]


# Unstripped shared libraries from the Python build (libpython alone carries ~18 MB of symbols).
# Only these are stripped: Qt and the wheels' libraries are shipped stripped, and running `strip`
# over auditwheel-patched libraries can break them.
_STRIP = re.compile(r"(^|/)libpython3[.\d]*\.so|lib-dynload/|sqlalchemy/.+\.so$")


def strip_python_libs(toc: Iterable[tuple], workdir: Path) -> list[tuple]:
    """Linux only, when binutils' strip exists: the TOC with stripped copies of Python's libs."""
    tool = shutil.which("strip")
    if sys.platform != "linux" or tool is None:
        return list(toc)
    result = []
    for entry in toc:
        dest, src, kind = entry[0], entry[1], entry[2]
        if kind == "BINARY" and _STRIP.search(dest.replace("\\", "/")):
            copy = workdir / "stripped" / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            if not copy.exists() or copy.stat().st_mtime < Path(src).stat().st_mtime:
                shutil.copy2(src, copy)
                subprocess.run([tool, "--strip-unneeded", str(copy)], check=True)
            entry = (dest, str(copy), kind)
        result.append(entry)
    return result


def app_version() -> str:
    """The version from app/__init__.py, read as text (the build must not import the app)."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("app/__init__.py has no __version__")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def write_version_file(target: Path, version: str) -> Path:
    """A PyInstaller version resource (Windows .exe Properties > Details), from app.__version__."""
    nums = version_tuple(version)
    fields = {
        "CompanyName": "Sibina",
        "FileDescription": "Sibina - Sistem Informasi Pembinaan",
        "FileVersion": version,
        "InternalName": "sibina",
        "LegalCopyright": "Sibina",
        "OriginalFilename": "sibina.exe",
        "ProductName": "Sibina",
        "ProductVersion": version,
    }
    strings = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in fields.items())
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        f"""# Generated by build/bundle.py from app/__init__.py; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{strings}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return target
