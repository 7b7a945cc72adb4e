// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"

#include <QJsonObject>
#include <QTabWidget>
#include <QVector>

class QUndoGroup;

namespace Quadrant {

class AnalysisView;
class ProjectController;

// The analyses open as tabs (after a first, fixed tab such as the project overview): each a
// document with its undo stack in the window's undo group, kept for as long as the tab is open.
// As in Mixpanel, Amplitude and PostHog, exploring a saved analysis does not change it: edits
// mark the tab (" •") until Save (or Save As New, which leaves the saved one as it was); closing
// a tab, the project or the window with unsaved edits asks Save / Discard / Cancel. Opening,
// making, renaming and deleting analyses, and those questions, live here once.
class AnalysisTabs : public QTabWidget
{
    Q_OBJECT
public:
    AnalysisTabs(ProjectController *project, QUndoGroup *undoGroup, QWidget *parent = nullptr);

    // The first tab, which cannot be closed.
    void setHomeTab(QWidget *home, const QString &title);

    QVector<AnalysisView *> views() const;
    AnalysisView *current() const;
    AnalysisView *find(const QString &name) const;

    // A new analysis of a kind of AnalysisKind::all() ("funnel", "trend", ...), saved and shown.
    AnalysisView *createOfKind(const QString &kind);
    // A new analysis with this definition, named after baseName (made unique), saved and shown.
    AnalysisView *create(const QString &baseName, const QJsonObject &definition);
    // The saved analysis `name`, in its tab (opened if needed).
    AnalysisView *open(const QString &name);
    // The first `count` analyses made, as tabs (a sample's are in the order a demo shows them).
    void openFirstSaved(int count);
    bool rename(const QString &from, const QString &to);
    bool remove(const QString &name);
    // Asks for a new name / for confirmation, then renames / deletes.
    void askRename(const QString &name);
    void askRemove(const QString &name);
    // Asks about unsaved edits first; a canceled question keeps the tab.
    void closeTabAt(int index);
    void closeAll(); // without questions: ask with maybeSaveAll() first
    // The analyses with edits not saved yet.
    QVector<AnalysisView *> unsaved() const;
    // Asks once about every unsaved analysis: Save saves them all, Discard leaves the saved
    // versions as they were; false when canceled.
    bool maybeSaveAll();
    bool save(AnalysisView *view);
    void saveAll();
    // Saves the analysis under a new name as a new saved analysis; the one it came from keeps
    // what was last saved. The tab then edits the new one.
    bool saveAsNew(AnalysisView *view, const QString &name);
    void askSaveAsNew(AnalysisView *view);
    // The answer to "save the changes?" when not interactive (tests, scripts): Save by default.
    enum class Unsaved { Save, Discard, Cancel };
    void setUnsavedAnswer(Unsaved answer) { m_unsavedAnswer = answer; }
    // Remembers which analyses are open for `projectPath` / opens them again (false when none
    // were remembered or none of them exists any more).
    void rememberOpen(const QString &projectPath) const;
    bool reopenRemembered(const QString &projectPath);
    void recomputeAll();
    void setInteractive(bool interactive) { m_interactive = interactive; }

signals:
    // The saved analyses changed (one made, renamed or deleted): lists of them follow.
    void savedAnalysesChanged();
    void currentAnalysisChanged(Quadrant::AnalysisView *view);
    void message(const QString &text);
    void problem(const QString &title, const Quadrant::Failure &failure);

private:
    AnalysisView *addAnalysisTab(const QString &name, const QJsonObject &definition);
    Unsaved askAboutUnsaved(const QVector<AnalysisView *> &views);
    void
    followSuggestedName(AnalysisView *view, const QString &kindTitle, const QString &suggested);
    void dropTab(int index);

    ProjectController *m_project;
    QUndoGroup *m_undoGroup;
    bool m_interactive = true;
    Unsaved m_unsavedAnswer = Unsaved::Save;
};

} // namespace Quadrant
