"""QtGui with only the Qt plugins a desktop window needs (replaces PyInstaller's own hook).

Left out: displays and input devices of embedded systems, OpenGL integrations (the program
draws widgets only), image formats it never reads, and the GTK theme, which would carry the
build machine's GTK libraries along.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

DROPPED_KINDS = {"egldeviceintegrations", "generic", "wayland-graphics-integration-client",
                 "xcbglintegrations"}
DROPPED = {
    "platforms": {"qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc"},
    "platformthemes": {"qgtk3"},
    "imageformats": {"qgif", "qicns", "qico", "qjpeg", "qpdf", "qtga", "qtiff", "qwbmp",
                     "qwebp"},
}


def _kept(source: str, destination: str) -> bool:
    kind = PurePath(destination).name
    name = PurePath(source).name.split(".")[0].removeprefix("lib")
    return kind not in DROPPED_KINDS and name not in DROPPED.get(kind, ())


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, destination) for source, destination in binaries
            if _kept(source, destination)]
