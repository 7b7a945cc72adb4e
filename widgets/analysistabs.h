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
// document saved in the project as it is edited (400 ms after the last edit, and when its tab
// closes), each with its undo stack in the window's undo group. Opening, making, renaming and
// deleting analyses, and the questions before a rename or a delete, live here once.
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
    void closeTabAt(int index); // saves it first
    void closeAll();
    void saveAll();
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
    void save(AnalysisView *view);
    void dropTab(int index);

    ProjectController *m_project;
    QUndoGroup *m_undoGroup;
    bool m_interactive = true;
};

} // namespace Quadrant
