// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Quadrant {

class AnalysisDocument;
class AnalysisRunner;
class EventIndex;
class ProjectSession;

// What every analysis tab (funnel, retention, and the views to come) shares: its document and
// the session it reads, the runner that computes it off the GUI thread, and the result side of
// the tab: a status line with progress and Cancel, and either an empty state that says what to
// do next or the result itself. Subclasses build their controls and their result widget.
class AnalysisView : public QWidget
{
    Q_OBJECT
public:
    AnalysisView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);

    AnalysisDocument *document() const { return m_document; }
    AnalysisRunner *runner() const { return m_runner; }
    // The table currently shown (what Export Table writes).
    virtual RecordTable resultTable() const = 0;
    // A fresh chart widget drawing the current result exactly as the tab does, for export at any
    // size without disturbing the window; nullptr while there is no result.
    virtual std::unique_ptr<QWidget> createChartForExport() const = 0;
    // Recomputes from the document (after an edit, or the project's data changed).
    virtual void recompute() = 0;

protected:
    // The controls follow the document (after an edit, undo or redo, or a new catalog).
    virtual void syncControls() = 0;
    // Called at the end of a subclass's constructor: follows the document and the session from
    // now on, and computes once.
    void follow();
    // The status line above `result`, both in the stack with the empty state.
    QWidget *buildResultFrame(QWidget *result, const QString &objectNamePrefix);
    void showEmptyState(const QString &html);
    // The result cannot be computed: says why in the place of the result.
    void showProblem(const QString &title, const QString &message);
    void showResultArea();
    void setStatus(const QString &text);
    ProjectSession *session() const;
    // The session's event index, or nullptr with the reason in the status line.
    std::shared_ptr<const EventIndex> indexOrExplain();

private:
    AnalysisDocument *m_document;
    QPointer<ProjectSession> m_session;
    AnalysisRunner *m_runner;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QStackedWidget *m_resultStack = nullptr;
    QLabel *m_emptyState = nullptr;
    QWidget *m_result = nullptr;
};

} // namespace Quadrant
