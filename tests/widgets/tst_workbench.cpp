// SPDX-License-Identifier: MIT
// The workbench as a person uses it: open the sample, build a funnel by dragging events from the
// catalog, reorder the steps, undo and redo, see who dropped off and what they did next, save
// them as a cohort, and export the chart and the table. Every number shown is checked against
// quadrant-cli; screenshots of each state go to build/screenshots.
#include "analysiskinds.h"
#include "analysisview.h"
#include "appearance.h"
#include "catalogpanel.h"
#include "charts/funnelchart.h"
#include "document/analysisdocument.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "export/tableexport.h"
#include "funnel/dropoffdialog.h"
#include "funnel/funnelview.h"
#include "guisupport.h"
#include "import/importwizard.h"
#include "import/xlsxreader.h"
#include "item/eventcatalogmodel.h"
#include "item/funnelstepsmodel.h"
#include "item/propertycatalogmodel.h"
#include "item/recordtablemodel.h"
#include "item/retentiongridmodel.h"
#include "mainwindow.h"
#include "persons/persontable.h"
#include "retention/retentionview.h"
#include "store/cohortstore.h"
#include "store/savedanalysisstore.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QImageReader>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

// persons per step as shown in the view's table, and as the CLI prints them.
QList<qint64> shownPersons(const RecordTableModel *model)
{
    QList<qint64> persons;
    const int column = int(model->table().columns.indexOf(QStringLiteral("persons")));
    for (int row = 0; row < model->rowCount(); ++row)
        persons << model->index(row, column).data(RecordTableModel::RawValueRole).toLongLong();
    return persons;
}

QList<qint64> cliPersons(const QList<QStringList> &rows)
{
    QList<qint64> persons;
    const int column = int(rows.value(0).indexOf(QStringLiteral("persons")));
    for (int row = 1; row < rows.size(); ++row)
        persons << rows[row].value(column).toLongLong();
    return persons;
}

QStringList stepNames(const FunnelStepsModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data(FunnelStepsModel::SelectorRole).toString();
    return names;
}

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sampleOpensWithItsSavedFunnels();
    void buildFunnelByDragging();
    void undoAndRedo();
    void breakdownByDroppedProperty();
    void dropOffShowsWhoLeftAndWhatNext();
    void exportsChartsAndTables();
    void editsAreSavedInTheProject();
    void cliRenderDrawsWhatTheWindowDraws();
    void retentionGridMatchesTheCli();
    void importWizardOnGb18030FileWithBadRows();

private:
    FunnelView *builtFunnel() const;

    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
    QPointer<FunnelView> m_funnel;
};

void TestWorkbench::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("Sample.quadrant"));
    QVERIFY2(openSampleWindow(m_window, m_project),
             qPrintable(m_window ? m_window->lastError() : QString()));
}

FunnelView *TestWorkbench::builtFunnel() const
{
    return m_funnel;
}

void TestWorkbench::sampleOpensWithItsSavedFunnels()
{
    // A consultant opens the sample and sees a finished funnel at once.
    QVERIFY(m_window->analysisTabs()->count() >= 3);
    QCOMPARE(m_window->analysisTabs()->currentIndex(), 1);
    auto *view = qobject_cast<FunnelView *>(m_window->analysisTabs()->current());
    QVERIFY(view);
    QCOMPARE(view->document()->name(), QStringLiteral("Onboarding funnel"));
    waitForResult(view);
    QVERIFY(view->result<FunnelResult>());
    const auto expected
        = cli({QStringLiteral("funnel"),
               m_project,
               QStringLiteral("--steps"),
               QStringLiteral("signup,onboarding_done,activated,invited_teammate,purchase"),
               QStringLiteral("--window"),
               QStringLiteral("14d")});
    QCOMPARE(shownPersons(
                 qobject_cast<RecordTableModel *>(child<QTableView>(view, "funnelTable")->model())),
             cliPersons(expected));
    QVERIFY(cliPersons(expected).first() > 1000);
    QCOMPARE(m_window->savedAnalysesList()->count(), 17);
    for (QDateEdit *date : view->findChildren<QDateEdit *>())
        QVERIFY2(!date->isEnabled(), "entry dates are off until their box is ticked");
    const auto listed = cli({QStringLiteral("analyses"), m_project});
    QCOMPARE(listed.size(), 18);
    QStringList kinds;
    for (const QStringList &row : listed.mid(1))
        kinds << row.value(1);
    kinds.removeDuplicates();
    kinds.sort();
    // Every kind the window knows has a saved example in the sample.
    QStringList known;
    for (const AnalysisKind &kind : AnalysisKind::all())
        known << kind.id;
    known.sort();
    QCOMPARE(kinds, known);
    saveScreenshot(m_window.get(), QStringLiteral("10-sample-funnel"));
    child<QTabWidget>(view, "funnelResultTabs")->setCurrentIndex(2);
    saveScreenshot(m_window.get(), QStringLiteral("11-time-to-convert"));
    child<QTabWidget>(view, "funnelResultTabs")->setCurrentIndex(3);
    saveScreenshot(m_window.get(), QStringLiteral("12-conversion-over-time"));
    child<QTabWidget>(view, "funnelResultTabs")->setCurrentIndex(0);
}

void TestWorkbench::buildFunnelByDragging()
{
    m_funnel = qobject_cast<FunnelView *>(
        m_window->analysisTabs()->createOfKind(QStringLiteral("funnel")));
    QVERIFY(m_funnel);
    QCOMPARE(m_window->analysisTabs()->current(), m_funnel.data());
    saveScreenshot(m_window.get(), QStringLiteral("13-new-funnel-empty"));
    QWidget *steps = child<QListView>(m_funnel, "funnelSteps")->viewport();

    // Three events dragged from the catalog, each dropped below the last step.
    for (const QString &event :
         {QStringLiteral("signup"), QStringLiteral("purchase"), QStringLiteral("activated")}) {
        std::unique_ptr<QMimeData> mime(eventDrag(m_window->catalog(), event));
        QVERIFY(mime);
        QVERIFY(dropOn(steps, mime.get(), QPoint(steps->width() / 2, steps->height() - 5)));
    }
    QCOMPARE(stepNames(m_funnel->stepsModel()), (QStringList{"signup", "purchase", "activated"}));

    // Reorder: drag "activated" (the third step) onto the upper edge of the second.
    const QRect second = child<QListView>(m_funnel, "funnelSteps")
                             ->visualRect(m_funnel->stepsModel()->index(1, 0));
    std::unique_ptr<QMimeData> move(
        m_funnel->stepsModel()->mimeData({m_funnel->stepsModel()->index(2, 0)}));
    QVERIFY(
        dropOn(steps, move.get(), QPoint(second.center().x(), second.top() + 1), Qt::MoveAction));
    QCOMPARE(stepNames(m_funnel->stepsModel()), (QStringList{"signup", "activated", "purchase"}));

    waitForResult(m_funnel);
    const auto expected = cli({QStringLiteral("funnel"),
                               m_project,
                               QStringLiteral("--steps"),
                               QStringLiteral("signup,activated,purchase"),
                               QStringLiteral("--window"),
                               QStringLiteral("7d")});
    QCOMPARE(shownPersons(qobject_cast<RecordTableModel *>(
                 child<QTableView>(m_funnel, "funnelTable")->model())),
             cliPersons(expected));
    saveScreenshot(m_window.get(), QStringLiteral("14-funnel-built-by-dragging"));
    child<QTabWidget>(m_funnel, "funnelResultTabs")->setCurrentIndex(1);
    saveScreenshot(m_window.get(), QStringLiteral("15-funnel-table"));
    child<QTabWidget>(m_funnel, "funnelResultTabs")->setCurrentIndex(0);
}

void TestWorkbench::undoAndRedo()
{
    QVERIFY(m_funnel);
    QUndoStack *stack = m_funnel->document()->undoStack();
    QCOMPARE(m_window->undoGroup()->activeStack(), stack);
    const int steps = stack->count();
    QCOMPARE(steps, 4); // three drops and a move

    m_window->undoGroup()->undo();
    QCOMPARE(stepNames(m_funnel->stepsModel()), (QStringList{"signup", "purchase", "activated"}));
    m_window->undoGroup()->redo();
    QCOMPARE(stepNames(m_funnel->stepsModel()), (QStringList{"signup", "activated", "purchase"}));

    // Stepping the window up five times with the keyboard is one edit, undone at once.
    QSpinBox *window = child<QSpinBox>(m_funnel, "windowValue");
    window->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(window, Qt::Key_Up);
    QCOMPARE(window->value(), 12);
    QCOMPARE(stack->count(), steps + 1);
    m_window->undoGroup()->undo();
    QCOMPARE(window->value(), 7);
    m_window->undoGroup()->redo();
    QCOMPARE(window->value(), 12);
    waitForResult(m_funnel);
    const auto expected = cli({QStringLiteral("funnel"),
                               m_project,
                               QStringLiteral("--steps"),
                               QStringLiteral("signup,activated,purchase"),
                               QStringLiteral("--window"),
                               QStringLiteral("12d")});
    QCOMPARE(shownPersons(qobject_cast<RecordTableModel *>(
                 child<QTableView>(m_funnel, "funnelTable")->model())),
             cliPersons(expected));
    m_window->undoGroup()->undo();
    waitForResult(m_funnel);
}

void TestWorkbench::breakdownByDroppedProperty()
{
    QVERIFY(m_funnel);
    auto *breakdown = m_funnel->findChild<QComboBox *>(QStringLiteral("breakdown"));
    QVERIFY(breakdown);
    auto mime = std::make_unique<QMimeData>();
    mime->setData(QString::fromLatin1(PropertyCatalogModel::mimeType), "person.channel");
    QVERIFY(dropOn(breakdown, mime.get(), breakdown->rect().center()));
    QCOMPARE(breakdown->currentData().toString(), QStringLiteral("person.channel"));
    waitForResult(m_funnel);
    const auto expected = cli({QStringLiteral("funnel"),
                               m_project,
                               QStringLiteral("--steps"),
                               QStringLiteral("signup,activated,purchase"),
                               QStringLiteral("--breakdown"),
                               QStringLiteral("person.channel")});
    QCOMPARE(shownPersons(qobject_cast<RecordTableModel *>(
                 child<QTableView>(m_funnel, "funnelTable")->model())),
             cliPersons(expected));
    QVERIFY(cliPersons(expected).size() > 6); // several channels, three steps each
    saveScreenshot(m_window.get(), QStringLiteral("16-funnel-breakdown"));
    Appearance::apply(true);
    m_funnel->recompute();
    waitForResult(m_funnel);
    saveScreenshot(m_window.get(), QStringLiteral("18-dark-appearance"));
    Appearance::apply(false);
    m_funnel->recompute();
    waitForResult(m_funnel);
    m_window->undoGroup()->undo();
    QCOMPARE(breakdown->currentData().toString(), QString());
    waitForResult(m_funnel);
}

void TestWorkbench::dropOffShowsWhoLeftAndWhatNext()
{
    QVERIFY(m_funnel);
    m_funnel->showDropOff(3);
    auto *dialog = m_funnel->findChild<DropOffDialog *>();
    QVERIFY(dialog);
    waitForIdle(dialog->runner());
    const auto expected = cli({QStringLiteral("funnel"),
                               m_project,
                               QStringLiteral("--steps"),
                               QStringLiteral("signup,activated,purchase"),
                               QStringLiteral("--dropped-at"),
                               QStringLiteral("3")});
    QCOMPARE(qint64(dialog->droppedPersons().size()), qint64(expected.size() - 1));
    QVERIFY(dialog->droppedPersons().size() > 10);
    waitForIdle(dialog->personList()->runner());
    QCoreApplication::processEvents();
    QCOMPARE(dialog->personList()->personIds().value(0), expected[1][0]);
    // Each person with their account, events and the days they were first and last seen.
    const RecordTable &listed = dialog->personList()->tableModel()->table();
    QCOMPARE(listed.columns,
             (QStringList{"user_id", "account_id", "events", "first_seen", "last_seen"}));
    QVERIFY(listed.rows.value(0).value(2).toLongLong() > 0);
    QVERIFY(listed.rows.value(0).value(3).toString() <= listed.rows.value(0).value(4).toString());
    // What they did next: paths from "activated", weights as the CLI's paths of that cohort.
    QVERIFY(dialog->nextEventsModel()->rowCount() > 0);
    QCOMPARE(dialog->saveCohort(QStringLiteral("Activated, never paid")), QString());
    ProjectStore reader;
    QVERIFY(!reader.open(m_project, ProjectStore::Access::ReadOnly));
    const auto members = CohortStore::members(reader, QStringLiteral("Activated, never paid"));
    QVERIFY(members);
    QCOMPARE(qint64(members->size()), qint64(dialog->droppedPersons().size()));
    const auto paths = cli({QStringLiteral("paths"),
                            m_project,
                            QStringLiteral("--start"),
                            QStringLiteral("activated"),
                            QStringLiteral("--depth"),
                            QStringLiteral("3"),
                            QStringLiteral("--cohort"),
                            QStringLiteral("Activated, never paid")});
    QCOMPARE(dialog->nextEventsModel()->rowCount(), int(paths.size() - 1));
    dialog->resize(900, 560);
    saveScreenshot(dialog, QStringLiteral("17-drop-off"));
    dialog->close();
}

void TestWorkbench::exportsChartsAndTables()
{
    QVERIFY(m_funnel);
    m_window->analysisTabs()->setCurrentWidget(m_funnel);
    const QString png = m_dir.filePath(QStringLiteral("funnel.png"));
    QVERIFY2(exportChart(m_window.get(), png, QSize(800, 500), 192),
             qPrintable(m_window->lastError()));
    QImageReader reader(png);
    QCOMPARE(reader.size(), QSize(1600, 1000));
    const QImage image = reader.read();
    QVERIFY(qAbs(image.dotsPerMeterX() - qRound(192 / 0.0254)) <= 1);
    // Not blank: the bars are drawn in the palette's first colour.
    bool sawBar = false;
    for (int x = 0; x < image.width() && !sawBar; x += 4)
        for (int y = 0; y < image.height() && !sawBar; y += 4)
            sawBar = image.pixelColor(x, y) == QColor(0x00, 0x72, 0xB2);
    QVERIFY(sawBar);

    const QString svg = m_dir.filePath(QStringLiteral("funnel.svg"));
    QVERIFY(exportChart(m_window.get(), svg, QSize(900, 500)));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(0, 0, 900, 500));

    const QString pdf = m_dir.filePath(QStringLiteral("funnel.pdf"));
    QVERIFY(exportChart(m_window.get(), pdf, QSize(900, 500)));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF-"));
    QVERIFY(pdfBytes.trimmed().endsWith("%%EOF"));
    QVERIFY(pdfBytes.contains("/Type /Page"));

    const RecordTable shown = m_funnel->resultTable();
    const QString csv = m_dir.filePath(QStringLiteral("funnel.csv"));
    QVERIFY(exportTable(m_window.get(), csv, true));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"
                                "breakdown,step,event,persons"));
    QCOMPARE(csvBytes.count('\n'), shown.rows.size() + 1);
    QVERIFY(
        csvBytes.contains(",signup," + QByteArray::number(shown.rows[0][3].toLongLong()) + ","));

    // Cells a spreadsheet would run as formulas are neutralised; negative numbers are not.
    const QString risky = m_dir.filePath(QStringLiteral("risky.csv"));
    QVERIFY(
        !TableExport::write(RecordTable{{QStringLiteral("a"), QStringLiteral("b")},
                                        {{QStringLiteral("=HYPERLINK(\"x\")"), -3.5},
                                         {QStringLiteral("@SUM(A1)"), QStringLiteral("+SUM(1)")}}},
                            risky));
    QFile riskyFile(risky);
    QVERIFY(riskyFile.open(QIODevice::ReadOnly));
    QCOMPARE(riskyFile.readAll(),
             QByteArray("a,b\r\n\"'=HYPERLINK(\"\"x\"\")\",-3.5\r\n'@SUM(A1),'+SUM(1)\r\n"));

    const QString xlsx = m_dir.filePath(QStringLiteral("funnel.xlsx"));
    QVERIFY(exportTable(m_window.get(), xlsx));
    XlsxReader book(xlsx);
    QVERIFY(book.open());
    QCOMPARE(book.header(), shown.columns);
    Record record;
    int rows = 0;
    while (book.next(record)) {
        QCOMPARE(QString::fromUtf8(record.field(2).toByteArray()), shown.rows[rows][2].toString());
        QCOMPARE(record.field(3).toByteArray().toLongLong(), shown.rows[rows][3].toLongLong());
        ++rows;
    }
    QCOMPARE(rows, shown.rows.size());
}

void TestWorkbench::editsAreSavedInTheProject()
{
    // Exploring does not change the saved analysis: the tab is marked until File > Save.
    QVERIFY(m_funnel);
    const QString name = m_funnel->document()->name();
    AnalysisTabs *tabs = m_window->analysisTabs();
    tabs->setCurrentWidget(m_funnel);
    QVERIFY(m_funnel->document()->isModified());
    QVERIFY(tabs->tabText(tabs->currentIndex()).endsWith(QStringLiteral(" •")));
    ProjectStore reader;
    QVERIFY(!reader.open(m_project, ProjectStore::Access::ReadOnly));
    auto stepsSaved = [&](const QString &analysis) {
        const auto saved = SavedAnalysisStore::load(reader, analysis);
        return saved ? saved->definition.value(QStringLiteral("steps")).toArray().size() : -1;
    };
    QVERIFY(stepsSaved(name) != 3);
    triggerMenuAction(m_window.get(), QStringLiteral("&Save Analysis"));
    QTRY_VERIFY(!m_funnel->document()->isModified());
    QCOMPARE(stepsSaved(name), 3);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), name);
    QVERIFY(tabs->rename(name, QStringLiteral("Activation to purchase")));
    QVERIFY(SavedAnalysisStore::load(reader, QStringLiteral("Activation to purchase")));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Activation to purchase"));

    // Save As New: the edited copy gets its own name, the original keeps what was saved.
    auto definitionSaved = [&](const QString &analysis) {
        const auto saved = SavedAnalysisStore::load(reader, analysis);
        return saved ? saved->definition : QJsonObject();
    };
    const QJsonObject savedBefore = definitionSaved(QStringLiteral("Activation to purchase"));
    QUndoStack *undo = m_funnel->document()->undoStack();
    undo->undo();
    QVERIFY(m_funnel->document()->isModified());
    QVERIFY(m_funnel->document()->definition() != savedBefore);
    QVERIFY(tabs->saveAsNew(m_funnel, QStringLiteral("Activation, explored")));
    QCOMPARE(definitionSaved(QStringLiteral("Activation to purchase")), savedBefore);
    QCOMPARE(definitionSaved(QStringLiteral("Activation, explored")),
             m_funnel->document()->definition());
    QCOMPARE(m_funnel->document()->name(), QStringLiteral("Activation, explored"));
    QVERIFY(!m_funnel->document()->isModified());
    undo->redo(); // the undo history stays with the tab
    QVERIFY(m_funnel->document()->isModified());

    // Closing the tab asks; Cancel keeps it, Discard leaves the saved analysis as it was.
    tabs->setUnsavedAnswer(AnalysisTabs::Unsaved::Cancel);
    tabs->closeTabAt(tabs->indexOf(m_funnel));
    QVERIFY(tabs->indexOf(m_funnel) >= 0);
    tabs->setUnsavedAnswer(AnalysisTabs::Unsaved::Discard);
    tabs->closeTabAt(tabs->indexOf(m_funnel));
    QTRY_VERIFY(m_funnel.isNull());
    QVERIFY(definitionSaved(QStringLiteral("Activation, explored")) != savedBefore);
    tabs->setUnsavedAnswer(AnalysisTabs::Unsaved::Save);

    // Reopening the project brings back the tabs that were open, the current one shown.
    AnalysisView *shown = tabs->open(QStringLiteral("Activation to purchase"));
    QVERIFY(shown);
    QStringList open;
    for (AnalysisView *view : tabs->views())
        open << view->document()->name();
    QSignalSpy loaded(m_window->project(), &ProjectController::loaded);
    m_window->project()->open(m_project);
    QVERIFY(waitForReload(m_window.get(), loaded));
    QStringList reopened;
    for (AnalysisView *view : tabs->views())
        reopened << view->document()->name();
    QCOMPARE(reopened, open);
    QCOMPARE(tabs->current()->document()->name(), QStringLiteral("Activation to purchase"));
    m_funnel = qobject_cast<FunnelView *>(tabs->current());
}

void TestWorkbench::cliRenderDrawsWhatTheWindowDraws()
{
    // The saved funnel, drawn by the window's export and by quadrant-cli render, pixel for pixel.
    auto *view = qobject_cast<FunnelView *>(
        m_window->analysisTabs()->open(QStringLiteral("Onboarding funnel")));
    QVERIFY(view);
    child<QTabWidget>(view, "funnelResultTabs")->setCurrentIndex(0);
    const QString fromWindow = m_dir.filePath(QStringLiteral("window.png"));
    const QString fromCli = m_dir.filePath(QStringLiteral("cli.png"));
    QVERIFY(exportChart(m_window.get(), fromWindow, QSize(1000, 600), 96));
    QProcess render;
    render.start(QStringLiteral(QUADRANT_CLI_PATH),
                 {QStringLiteral("render"),
                  m_project,
                  QStringLiteral("--analysis"),
                  QStringLiteral("Onboarding funnel"),
                  QStringLiteral("--out"),
                  fromCli,
                  QStringLiteral("--width"),
                  QStringLiteral("1000"),
                  QStringLiteral("--height"),
                  QStringLiteral("600")});
    QVERIFY(render.waitForFinished(120000));
    QCOMPARE(render.exitCode(), 0);
    QVERIFY2(render.readAllStandardError().isEmpty(), "render prints nothing on success");
    const QImage window(fromWindow), cli(fromCli);
    QCOMPARE(cli.size(), QSize(1000, 600));
    QCOMPARE(cli.convertToFormat(QImage::Format_ARGB32),
             window.convertToFormat(QImage::Format_ARGB32));

    // Its table, as CSV, holds the CLI's funnel numbers.
    const QString csv = m_dir.filePath(QStringLiteral("cli.csv"));
    QCOMPARE(QProcess::execute(QStringLiteral(QUADRANT_CLI_PATH),
                               {QStringLiteral("render"),
                                m_project,
                                QStringLiteral("--analysis"),
                                QStringLiteral("Onboarding funnel"),
                                QStringLiteral("--out"),
                                csv}),
             0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), view->resultTable().rows.size() + 1);
    QVERIFY(lines[5].startsWith(
        ",5,purchase," + QByteArray::number(view->resultTable().rows[4][3].toLongLong()) + ","));
}

void TestWorkbench::retentionGridMatchesTheCli()
{
    auto *view = qobject_cast<RetentionView *>(
        m_window->analysisTabs()->open(QStringLiteral("Weekly retention after signup")));
    QVERIFY(view);
    waitForResult(view);
    QVERIFY(view->result<RetentionResult>());
    auto checkAgainstCli = [&](const QStringList &extra) {
        QStringList arguments{QStringLiteral("retention"),
                              m_project,
                              QStringLiteral("--start"),
                              QStringLiteral("signup"),
                              QStringLiteral("--return"),
                              QStringLiteral("*"),
                              QStringLiteral("--summary")};
        const auto rows = cli(arguments + extra);
        QVERIFY(rows.size() > 10);
        // CLI rows: breakdown, cohort, cohort_size, period, persons, rate.
        QHash<QString, QHash<int, qint64>> expected;
        for (int r = 1; r < rows.size(); ++r)
            expected[rows[r][1]][rows[r][3].toInt()] = rows[r][4].toLongLong();
        const RetentionGridModel *grid
            = qobject_cast<RetentionGridModel *>(child<QTableView>(view, "retentionGrid")->model());
        QCOMPARE(grid->rowCount(), int(expected.size()));
        for (int row = 0; row < grid->rowCount(); ++row) {
            const QString label = grid->index(row, 0).data().toString();
            const QString cohort = row == 0 ? QStringLiteral("all") : label;
            QVERIFY2(expected.contains(cohort), qPrintable(label));
            int cells = 0;
            for (int column = RetentionGridModel::FirstPeriodColumn; column < grid->columnCount();
                 ++column) {
                const QVariant persons
                    = grid->index(row, column).data(RetentionGridModel::PersonsRole);
                const int period = column - RetentionGridModel::FirstPeriodColumn;
                QCOMPARE(persons.isValid(),
                         expected[cohort].contains(period)); // empty where the CLI has no row
                if (persons.isValid()) {
                    QCOMPARE(persons.toLongLong(), expected[cohort][period]);
                    ++cells;
                }
            }
            QCOMPARE(cells, int(expected[cohort].size()));
        }
    };
    checkAgainstCli({QStringLiteral("--period"),
                     QStringLiteral("week"),
                     QStringLiteral("--periods"),
                     QStringLiteral("8")});
    saveScreenshot(m_window.get(), QStringLiteral("30-retention-grid"));
    child<QTabWidget>(view, "retentionResultTabs")->setCurrentIndex(1);
    saveScreenshot(m_window.get(), QStringLiteral("31-retention-curve"));
    child<QTabWidget>(view, "retentionResultTabs")->setCurrentIndex(0);

    // Return event dragged from the catalog: only logins count as coming back; undo restores "any".
    std::unique_ptr<QMimeData> login(eventDrag(m_window->catalog(), QStringLiteral("login")));
    QVERIFY(dropOn(child<QComboBox>(view, "retentionReturn"),
                   login.get(),
                   child<QComboBox>(view, "retentionReturn")->rect().center()));
    QCOMPARE(child<QComboBox>(view, "retentionReturn")->currentData().toString(),
             QStringLiteral("login"));
    waitForResult(view);
    const auto logins = cli({QStringLiteral("retention"),
                             m_project,
                             QStringLiteral("--start"),
                             QStringLiteral("signup"),
                             QStringLiteral("--return"),
                             QStringLiteral("login"),
                             QStringLiteral("--summary")});
    QCOMPARE(qobject_cast<RetentionGridModel *>(child<QTableView>(view, "retentionGrid")->model())
                 ->index(0, RetentionGridModel::FirstPeriodColumn + 1)
                 .data(RetentionGridModel::PersonsRole)
                 .toLongLong(),
             [&] {
                 for (const QStringList &row : logins)
                     if (row.value(1) == QLatin1String("all") && row.value(3) == QLatin1String("1"))
                         return row.value(4).toLongLong();
                 return qint64(-1);
             }());
    m_window->undoGroup()->undo();
    QCOMPARE(child<QComboBox>(view, "retentionReturn")->currentData().toString(),
             QStringLiteral("*"));
    waitForResult(view);
    checkAgainstCli({});

    const QString png = m_dir.filePath(QStringLiteral("retention.png"));
    QCOMPARE(QProcess::execute(QStringLiteral(QUADRANT_CLI_PATH),
                               {QStringLiteral("render"),
                                m_project,
                                QStringLiteral("--analysis"),
                                QStringLiteral("Weekly retention after signup"),
                                QStringLiteral("--out"),
                                png}),
             0);
    QCOMPARE(QImageReader(png).size(), QSize(1200, 700));
}

void TestWorkbench::importWizardOnGb18030FileWithBadRows()
{
    const QString path = newProject(m_dir, QStringLiteral("Imported.quadrant"));
    QVERIFY(openAndWait(m_window.get(), path));
    ImportWizard *wizard
        = m_window->showImportWizard(dataPath(QStringLiteral("events_gb18030.csv")));
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
    // The kind is offered from the columns, and said.
    QCOMPARE(wizard->findChild<QComboBox *>(QStringLiteral("importKind"))->currentText(),
             QStringLiteral("events"));
    QVERIFY2(wizard->findChild<QLabel *>(QStringLiteral("importKindGuess"))
                 ->text()
                 .contains(QStringLiteral("<b>events</b> (user_id, event, time")),
             qPrintable(wizard->findChild<QLabel *>(QStringLiteral("importKindGuess"))->text()));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    QVERIFY2(wizard->detectedDescription().contains(QLatin1String("GB18030")),
             qPrintable(wizard->detectedDescription()));
    QCOMPARE(wizard->previewTable()->rowCount(), 5);
    QCOMPARE(wizard->previewTable()->horizontalHeaderItem(0)->text(), QString::fromUtf8("用户"));
    QCOMPARE(wizard->previewTable()->item(0, 3)->text(), QString::fromUtf8("北京"));
    // Overriding the encoding reads the bytes differently; Detect again restores them.
    wizard->encodingBox()->setCurrentIndex(
        wizard->encodingBox()->findData(int(TextEncoding::Utf8)));
    QVERIFY(wizard->previewTable()->rowCount() == 0
            || wizard->previewTable()->horizontalHeaderItem(0)->text()
                   != QString::fromUtf8("用户"));
    wizard->encodingBox()->setCurrentIndex(0);
    QCOMPARE(wizard->previewTable()->item(0, 3)->text(), QString::fromUtf8("北京"));
    saveScreenshot(wizard, QStringLiteral("20-import-preview"));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    QVERIFY(wizard->mappingBox(QStringLiteral("user_id")));
    QCOMPARE(wizard->mappingBox(QStringLiteral("user_id"))->currentData().toInt(), 1);
    QCOMPARE(wizard->mappingBox(QStringLiteral("event"))->currentData().toInt(), 2);
    QCOMPARE(wizard->mappingBox(QStringLiteral("time"))->currentData().toInt(), 3);
    // Which column is the time, how it is read, and its first value converted, in words.
    const QString time = wizard->findChild<QLabel *>(QStringLiteral("importTimeDetected"))->text();
    QVERIFY2(time.contains(QString::fromUtf8("column “时间”"))
                 && time.contains(QString::fromUtf8("“2024-03-01 10:00:00” → 2024-03-01 "
                                                    "10:00:00 UTC")),
             qPrintable(time));
    saveScreenshot(wizard, QStringLiteral("21-import-mapping"));

    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    QSignalSpy loaded(m_window->project(), &ProjectController::loaded);
    wizard->next();
    QVERIFY(finished.count() > 0 || finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(wizard->currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(wizard->summary().rowsImported, 3);
    QCOMPARE(wizard->summary().rowsRejected, 2);
    RecordTableModel *rejects = wizard->rejectsModel();
    QCOMPARE(rejects->rowCount(), 2);
    const RecordTable table = rejects->table();
    QCOMPARE(table.rows[0][0].toLongLong(), 4); // line 4: "昨天" is not a time
    QVERIFY(table.rows[0][5].toString().contains(QString::fromUtf8("昨天")));
    QCOMPARE(table.rows[1][0].toLongLong(), 5); // line 5: no user id
    // The time range imported is in the summary; rejected rows can be exported.
    const QString summary = wizard->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("runs from 2024-03-01 10:00 to 2024-03-03 12:30 UTC")),
             qPrintable(summary));
    // Issue #23, fault 12: the row with no user id is counted in words, with its line.
    QVERIFY2(summary.contains(QStringLiteral("1 event left out: 1 with no user_id (line 5)")),
             qPrintable(summary));
    QVERIFY(wizard->findChild<QPushButton *>(QStringLiteral("importExportRejects"))->isEnabled());
    saveScreenshot(wizard, QStringLiteral("22-import-summary"));
    const QString exported = m_dir.filePath(QStringLiteral("rejected.csv"));
    QVERIFY(!wizard->exportRejects(exported));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv.count('\n'), 3);
    QVERIFY(csv.startsWith("line,column,column_name,reason,message,raw"));
    wizard->close();

    // The window re-reads the project: the catalog now lists the three imported events' names.
    QVERIFY(loaded.count() > 0 || loaded.wait(60000));
    QCOMPARE(m_window->catalog()->eventModel()->rowCount(), 3);

    // A per-person result table (no time): offered as persons, and with nothing rejected there
    // is nothing to export.
    ImportWizard *persons
        = m_window->showImportWizard(dataPath(QStringLiteral("ab_per_person.csv")));
    QVERIFY(persons);
    QCOMPARE(persons->findChild<QComboBox *>(QStringLiteral("importKind"))->currentText(),
             QStringLiteral("persons"));
    saveScreenshot(persons, QStringLiteral("23-import-kind-guessed"));
    QSignalSpy personsDone(persons, &ImportWizard::importFinished);
    while (persons->currentId() != ImportWizard::RunPage
           && persons->currentId() != ImportWizard::SummaryPage)
        persons->next();
    QVERIFY(personsDone.count() > 0 || personsDone.wait(60000));
    QCOMPARE(persons->summary().rowsImported, 1200);
    QVERIFY(!persons->findChild<QPushButton *>(QStringLiteral("importExportRejects"))->isEnabled());
    persons->close();
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
