// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
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

signals:
    // The view offers to open another analysis (a funnel's drop-off as paths): the window opens
    // a new tab with this definition.
    void openAnalysisRequested(const QString &baseName, const QJsonObject &definition);
    // A person was chosen in one of the view's lists: the window shows their timeline.
    void personTimelineRequested(const QString &personId);

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

    // Choice boxes filled from the project's catalog. `leading` items come first (text, data);
    // the current value stays selectable even when the project no longer has it.
    using Choice = std::pair<QString, QString>;
    static QComboBox *makeChoice(QWidget *parent, const QString &objectName, int minimumCharacters = 14);
    void fillEventChoice(QComboBox *combo, const QString &current, const QVector<Choice> &leading) const;
    enum PropertyScope { PersonProperties = 1, EventProperties = 2, AllProperties = 3 };
    // Property data is "person.KEY" / "event.KEY", or the bare key with `bareKeys`.
    void fillPropertyChoice(QComboBox *combo, const QString &current, const QVector<Choice> &leading,
                            PropertyScope scope = AllProperties, bool bareKeys = false) const;

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
