"""What the personal-data check shows before a report or review file is written, and what
each choice means, decided without widgets.

Every finding gets one of three choices: leave it as it is, replace it in the file being
written only, or replace it in the stored text as well (so every later report and file is
free of it too). The dialog (:mod:`fidelity_app.ui.dialogs.privacy_dialog`) shows the
presenter's rows and sets its choices; :func:`fidelity_app.ui.privacy_check.clear_for_output`
carries them out.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from fidelity_app.ui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from fidelity_app.services.personal_data import Finding
    from fidelity_app.services.privacy import PrivacyCheck

CONTEXT = "PrivacyDialog"

translate = QCoreApplication.translate


class Choice(enum.Enum):
    """What happens to one finding."""

    KEEP = "keep"  # written as it is
    OUTPUT = "output"  # replaced in the file written now; the stored text stays
    STORED = "stored"  # replaced in the stored text, so in every file from now on


class Output(enum.Enum):
    """What is about to be written."""

    REPORT = "report"
    FILE = "file"


FIELD_LABELS: dict[str, str] = {
    "evidence": QT_TRANSLATE_NOOP("PrivacyDialog", "Evidence"),
    "strengths": QT_TRANSLATE_NOOP("PrivacyDialog", "Strengths"),
    "development": QT_TRANSLATE_NOOP("PrivacyDialog", "Areas for development"),
    "rationale": QT_TRANSLATE_NOOP("PrivacyDialog", "Rationale"),
    "needs_info_reason": QT_TRANSLATE_NOOP("PrivacyDialog", "Why more information is needed"),
    "summary_strengths": QT_TRANSLATE_NOOP("PrivacyDialog", "Overall strengths"),
    "summary_recommendations": QT_TRANSLATE_NOOP("PrivacyDialog", "Overall recommendations"),
    "reviewer_note": QT_TRANSLATE_NOOP("PrivacyDialog", "Note by %1"),
    "action_what": QT_TRANSLATE_NOOP("PrivacyDialog", "Action"),
    "action_outcome": QT_TRANSLATE_NOOP("PrivacyDialog", "Outcome of the action"),
    "change_old": QT_TRANSLATE_NOOP("PrivacyDialog", "Change log: earlier value"),
    "change_new": QT_TRANSLATE_NOOP("PrivacyDialog", "Change log: new value"),
    "change_reason": QT_TRANSLATE_NOOP("PrivacyDialog", "Change log: reason for reopening"),
    "service_comment": QT_TRANSLATE_NOOP("PrivacyDialog", "Service's comment (factual check)"),
    "plan_activity": QT_TRANSLATE_NOOP("PrivacyDialog", "Visit plan: activity"),
    "plan_with_whom": QT_TRANSLATE_NOOP("PrivacyDialog", "Visit plan: with whom"),
    "plan_document": QT_TRANSLATE_NOOP("PrivacyDialog", "Visit plan: document asked for"),
    "event_reason": QT_TRANSLATE_NOOP("PrivacyDialog", "Review log: reason"),
}

KIND_LABELS: dict[str, str] = {
    "identity-number": QT_TRANSLATE_NOOP("PrivacyDialog", "Personal identity number"),
    "coordination-number": QT_TRANSLATE_NOOP("PrivacyDialog", "Coordination number"),
    "email": QT_TRANSLATE_NOOP("PrivacyDialog", "E-mail address"),
    "phone": QT_TRANSLATE_NOOP("PrivacyDialog", "Phone number"),
    "name": QT_TRANSLATE_NOOP("PrivacyDialog", "Name"),
}

CHOICE_LABELS: dict[Choice, str] = {
    Choice.KEEP: QT_TRANSLATE_NOOP("PrivacyDialog", "Leave as it is"),
    Choice.OUTPUT: QT_TRANSLATE_NOOP("PrivacyDialog", "Replace in this file only"),
    Choice.STORED: QT_TRANSLATE_NOOP("PrivacyDialog", "Replace in the stored text"),
}


def field_label(finding: Finding) -> str:
    """The field a finding is in, as the screen names it ("Note by Anna Berg")."""
    label = FIELD_LABELS.get(finding.field)
    if label is None:
        return finding.field
    return translate(CONTEXT, label).replace("%1", finding.place.reviewer)


def kind_label(kind: str) -> str:
    """A kind of finding in the interface language."""
    label = KIND_LABELS.get(kind)
    return translate(CONTEXT, label) if label else kind


def choice_label(choice: Choice) -> str:
    """A choice in the interface language."""
    return translate(CONTEXT, CHOICE_LABELS[choice])


@dataclass(frozen=True)
class Row:
    """One finding as the list shows it."""

    item: str  # the item as the user sees it, or "Whole review"
    field: str
    kind: str
    text: str
    before: str
    after: str
    choice: Choice

    def context_html(self) -> str:
        """The text around the finding, the finding marked (rich text, everything escaped)."""
        before = ("…" if self.before else "") + escape(self.before)
        after = escape(self.after) + ("…" if self.after else "")
        return (f"{before}<span style='background-color:#ffe08a;color:#000000;"
                f"font-weight:bold'>{escape(self.text)}</span>{after}")


class PrivacyPresenter:
    """The findings of one check and the choice made for each (all: replace in the file
    only, until the user says otherwise)."""

    def __init__(self, check: PrivacyCheck, output: Output,
                 item_name: Callable[[str], str]) -> None:
        self.check = check
        self.output = output
        self._item_name = item_name
        self.choices = [Choice.OUTPUT] * check.count

    @property
    def findings(self) -> tuple[Finding, ...]:
        """The findings, in the order of the list."""
        return self.check.findings

    @property
    def replacement(self) -> str:
        """What stands in for a replaced finding ("[deltagare]")."""
        return self.check.replacement

    def rows(self) -> list[Row]:
        """Every finding with its place, kind, context and choice."""
        return [self.row(i) for i in range(self.check.count)]

    def row(self, index: int) -> Row:
        """The finding at ``index``."""
        f = self.check.findings[index]
        before, after = f.context()
        item = (self._item_name(f.item_id) if f.item_id
                else translate("PrivacyDialog", "Whole review"))
        return Row(item, field_label(f), kind_label(f.kind), f.text, before, after,
                   self.choices[index])

    def choose(self, index: int, choice: Choice) -> None:
        """Set what happens to the finding at ``index``."""
        self.choices[index] = choice

    def choose_all(self, choice: Choice) -> None:
        """Set the same choice for every finding."""
        self.choices = [choice] * self.check.count

    def chosen(self, choice: Choice) -> list[Finding]:
        """The findings with ``choice``."""
        return [f for f, c in zip(self.check.findings, self.choices, strict=True)
                if c is choice]

    def stored_findings(self) -> list[Finding]:
        """The findings to replace in the stored text before writing."""
        return self.chosen(Choice.STORED)

    def output_findings(self) -> list[Finding]:
        """The findings to replace in what is written (those replaced in the stored text
        too: the written text then matches the stored one whatever happened in between)."""
        return [f for f, c in zip(self.check.findings, self.choices, strict=True)
                if c is not Choice.KEEP]

    def title(self) -> str:
        """The dialog's title."""
        return translate("PrivacyDialog", "Check for personal data")

    def intro(self) -> str:
        """What was found and why it matters, above the list."""
        counts = Counter(f.kind for f in self.check.findings)
        kinds = ", ".join(f"{kind_label(k)} ({n})" for k, n in counts.most_common())
        if self.output is Output.REPORT:
            text = translate("PrivacyDialog", "Passages in the report that look like personal "
                             "data: %1.")
        else:
            text = translate("PrivacyDialog", "Passages in the review file that look like "
                             "personal data: %1.")
        return text.replace("%1", kinds) + " " + translate(
            "PrivacyDialog", "Choose for each one whether to replace it with %1 or leave it. "
            "Notes about participants must not leave the program.").replace(
            "%1", self.replacement)

    def plan_text(self) -> str:
        """What pressing Continue will do: how many findings get each choice."""
        counts = Counter(self.choices)
        return " · ".join(f"{choice_label(c)}: {counts[c]}"
                          for c in (Choice.STORED, Choice.OUTPUT, Choice.KEEP))
