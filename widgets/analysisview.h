// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/analysiskind.h"
#include "document/analysisrunner.h"
#include "export/recordtable.h"
#include "store/failure.h"
#include "store/projectstore.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QFormLayout;
class QVBoxLayout;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Quadrant {

class DateRangeEditor;
struct ClickHouseTarget;
class JobContext;

class AnalysisDocument;
class EventIndex;
class ProjectSession;
class ProjectStore;

// What every analysis tab (funnel, retention, and the views to come) shares: its document and
// the session it reads, the runner that computes it off the GUI thread, and the result side of
// the tab: a status line with progress and Cancel, and either an empty state that says what to
// do next or the result itself. Subclasses build their controls and their result widget.
class AnalysisView : public QWidget
{
    Q_OBJECT
public:
    // Presentation mode: the definition pane hidden, the result alone.
    void setPresenting(bool presenting);
    AnalysisView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);

    AnalysisDocument *document() const { return m_document; }
    AnalysisRunner *runner() const { return m_runner; }

    // The result shown, as the engine's kind computed it: its table (what Export Table writes),
    // its words (for a report) and its typed query and result. Empty while there is none.
    bool hasResult() const { return bool(m_outcome.result); }
    const AnalysisOutcome &outcome() const { return m_outcome; }
    template<typename Result>
    const Result *result() const
    {
        return hasResult() ? &m_outcome.resultAs<Result>() : nullptr;
    }
    RecordTable resultTable() const { return m_outcome.table; }
    QString resultSummary() const { return m_outcome.summary; }
    // A fresh chart widget drawing the current result exactly as the tab does, for export at any
    // size without disturbing the window; nullptr while there is no result. By default the
    // kind's chart (AnalysisKind::drawChart).
    virtual std::unique_ptr<QWidget> createChartForExport() const;
    // Recomputes from the document (after an edit, or the project's data changed).
    virtual void recompute() = 0;
    // Leaves the window (its tab closed): computes nothing more and stops following the project;
    // the caller then deletes it later.
    void retire();

signals:
    // The view offers to open another analysis (a funnel's drop-off as paths): the window opens
    // a new tab with this definition.
    void openAnalysisRequested(const QString &baseName, const QJsonObject &definition);
    // A name that says what the analysis shows now (an A/B test after its metric changed): the
    // tabs take it while the analysis still has a name nobody chose.
    void nameSuggested(const QString &name);

protected:
    // The controls follow the document (after an edit, undo or redo, or a new catalog).
    virtual void syncControls() = 0;
    // Draws outcome(), just computed.
    virtual void showResult() = 0;
    // The computation says why there is no result: by default that is shown in its place.
    virtual void showFailure(const AnalysisOutcome &failed);
    // The definition computed from the events the project pushed to a ClickHouse server, read
    // back for it (on the worker; a failure says why, never a number without its events).
    static AnalysisOutcome computeOnServer(const AnalysisKindEngine &kind,
                                           const QJsonObject &definition,
                                           const ClickHouseTarget &remote,
                                           const ProjectStore &store,
                                           JobContext &context);
    // Forgets what it drew of the result before a problem or an empty state is shown.
    virtual void clearResult() = 0;
    // "This trend cannot be computed": the heading over a problem.
    virtual QString problemTitle() const = 0;
    // False, with the reason shown in place of the result, when the definition cannot be read
    // (made by a newer Quadrant, edited by hand): the view then computes nothing (and the
    // definition stays as saved until an edit).
    bool definitionReadable();
    // Computes the document's definition with the engine's kind, off the GUI thread, with a
    // read-only connection of its own to the project; showResult() follows (unless a newer edit
    // came first), or the problem is shown in place of the result.
    void computeDefinition();
    // Nothing to compute yet: any computation stops, the result goes, `html` says what to do.
    void showNothingYet(const QString &html);

    // The definition panel most views use: a form of controls, the date range under it, and
    // the room left below them (controls keep their height).
    struct FormPanel
    {
        QWidget *panel = nullptr;
        QVBoxLayout *column = nullptr; // form, dates, then a stretch: insert before the stretch
        QFormLayout *form = nullptr;
        DateRangeEditor *dates = nullptr;
    };
    FormPanel makeFormPanel(const QString &datesLabel);
    // The definition on the left, the result on the right, in a splitter.
    void setPanels(QWidget *definition, QWidget *result, int definitionWidth = 320);
    // A result shown as a chart tab (its widget replaced on every result) and a table tab.
    struct ChartAndTable
    {
        QTabWidget *tabs = nullptr;
        QWidget *chartHost = nullptr;
        QTableView *table = nullptr;
    };
    ChartAndTable makeChartAndTable(const QString &chartTab,
                                    QAbstractItemModel *model,
                                    const QString &objectNamePrefix);
    // Sizes a result table's columns to their contents and hides the columns with no value in
    // any row (an empty breakdown, the converters of a mean); the first column always shows.
    static void fitColumns(QTableView *table);
    // Puts `chart` in the host in place of `current` (deleted), and returns it.
    template<typename Chart>
    Chart *replaceChart(QWidget *host, QWidget *current, std::unique_ptr<Chart> chart)
    {
        delete current;
        Chart *shown = chart.release();
        addToHost(host, shown);
        return shown;
    }

    // The result cannot be computed: clears it and says why under problemTitle().
    void showProblem(const QString &message);
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
    QString projectPath() const;
    // The session's event index, or nullptr with the reason in the status line.
    std::shared_ptr<const EventIndex> indexOrExplain();

    // Choice boxes filled from the project's catalog. `leading` items come first (text, data);
    // the current value stays selectable even when the project no longer has it.
    using Choice = std::pair<QString, QString>;
    static QComboBox *
    makeChoice(QWidget *parent, const QString &objectName, int minimumCharacters = 14);
    void
    fillEventChoice(QComboBox *combo, const QString &current, const QVector<Choice> &leading) const;
    enum PropertyScope { PersonProperties = 1, EventProperties = 2, AllProperties = 3 };
    // Properties are read as "KEY (person property)" / "KEY (event property)"; the item data
    // is "person.KEY" / "event.KEY", or the bare key with `bareKeys`.
    void fillPropertyChoice(QComboBox *combo,
                            const QString &current,
                            const QVector<Choice> &leading,
                            PropertyScope scope = AllProperties,
                            bool bareKeys = false) const;

private:
    static void addToHost(QWidget *host, QWidget *chart);
    QWidget *m_definitionPanel = nullptr;

    AnalysisDocument *m_document;
    QPointer<ProjectSession> m_session;
    AnalysisRunner *m_runner;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QStackedWidget *m_resultStack = nullptr;
    QLabel *m_emptyState = nullptr;
    QWidget *m_result = nullptr;
    AnalysisOutcome m_outcome;
};

} // namespace Quadrant
