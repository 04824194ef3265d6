"""Interface language: our Qt translation plus Qt's own catalogue, switched while running.

Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every widget;
each of our widgets answers it by calling its ``retranslateUi()``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from fidelity_app.messages import set_language as set_message_language
from fidelity_app.resources import translations_dir
from fidelity_app.ui.labels import LANGUAGE_NAMES

SOURCE_LANGUAGE = "en"
CATALOGUE = "fidelity_app"
QT_CATALOGUES = ("qtbase",)
LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
           "sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)}


def available_languages() -> tuple[str, ...]:
    """The interface languages the program ships (codes)."""
    return tuple(LANGUAGE_NAMES)


def system_language() -> str:
    """The first of the system's preferred languages that the program has, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGE_NAMES:
            return code
    return SOURCE_LANGUAGE


def resolve_language(setting: str) -> str:
    """The language to use for a setting (``""`` means: follow the system)."""
    return setting if setting in LANGUAGE_NAMES else system_language()


class LanguageManager(QObject):
    """Loads and swaps the translators of the running application."""

    languageChanged = Signal(str)

    def __init__(self, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._installed: list[QTranslator] = []
        self._language = SOURCE_LANGUAGE

    @property
    def language(self) -> str:
        """The language now in use (a code such as ``sv``)."""
        return self._language

    def apply(self, setting: str) -> str:
        """Switch to the language of ``setting`` (``""``: the system's); returns its code."""
        language = resolve_language(setting)
        if language == self._language and (self._installed or language == SOURCE_LANGUAGE):
            return language
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(LOCALES.get(language, QLocale(language)))
        self._language = language
        set_message_language(language)  # service errors shown from now on speak it too
        if language != SOURCE_LANGUAGE:
            ours = QTranslator(self)
            if ours.load(f"{CATALOGUE}_{language}", str(translations_dir())):
                self._installed.append(ours)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name in QT_CATALOGUES:
                qt = QTranslator(self)
                if qt.load(f"{name}_{language}", qt_dir):
                    self._installed.append(qt)
            for translator in self._installed:
                self._app.installTranslator(translator)
        self.languageChanged.emit(language)
        return language
