// SPDX-License-Identifier: MIT
// The customer-success and sales views as a customer-success manager uses them on the sample:
// the accounts table (sorted, filtered, an account's page and its PDF health report), the health
// designer (a weight changed and undone, a key event dragged in, a segment's own weight), the
// quadrant (a threshold dragged, a point clicked), the pipeline (grouped, stage names mapped),
// channel ROI and lead scoring. Every number shown is compared with what quadrant-cli prints.
// Each test starts from a new window on a fresh copy of the sample.
#include "crm/accountpage.h"
#include "crm/accountsview.h"
#include "crm/healthview.h"
#include "crm/leadsview.h"
#include "crm/pipelineview.h"
#include "crm/quadrantplot.h"
#include "crm/quadrantview.h"
#include "crm/roiview.h"
#include "daterangeeditor.h"
#include "document/analysisdocument.h"
#include "guisupport.h"
#include "item/recordtablemodel.h"
#include "timeline/timelinedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

template<typename View>
View *openSaved(MainWindow *window, const QString &name)
{
    auto *view = qobject_cast<View *>(window->analysisTabs()->open(name));
    if (view)
        waitForResult(view);
    return view;
}

QString compared(const AnalysisView *view, const QStringList &arguments)
{
    return tableDifference(view->resultTable(), cli(arguments));
}

template<typename T>
T *waitForTopLevel(const QString &name)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (QWidget *widget : QApplication::topLevelWidgets())
                if (auto *typed = qobject_cast<T *>(widget);
                    typed && typed->isVisible() && (name.isEmpty() || typed->objectName() == name))
                    found = typed;
            return found != nullptr;
        },
        30000);
    return found;
}

// The text of a PDF, by poppler's pdftotext; its pages by pdfinfo.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(60000);
    for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    return 0;
}

} // namespace

class TestCrmViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void accountsTableMatchesTheCli();
    void accountPageAndItsHealthReport();
    void healthDesignerEditsAreUndoSteps();
    void quadrantThresholdDraggedAndPointClicked();
    void pipelineGroupedAndStagesMapped();
    void channelRoiOverARange();
    void leadsRankedAndOpenedAsTimelines();
    void newAnalysesOfTheNewKinds();

private:
    QTemporaryDir m_dir;
    QString m_sample, m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestCrmViews::initTestCase()
{
    m_sample = m_dir.filePath(QStringLiteral("Sample.quadrant"));
    QVERIFY2(openSampleWindow(m_window, m_sample),
             qPrintable(m_window ? m_window->lastError() : QString()));
    m_window.reset();
}

void TestCrmViews::init()
{
    m_project = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                               + QStringLiteral(".quadrant"));
    QVERIFY2(openCopyInWindow(m_window, m_sample, m_project),
             qPrintable(m_window ? m_window->lastError() : QString()));
}

void TestCrmViews::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget != m_window.get() && qobject_cast<QDialog *>(widget))
            widget->close();
    m_window.reset();
}

void TestCrmViews::accountsTableMatchesTheCli()
{
    auto *view = openSaved<AccountsView>(m_window.get(), QStringLiteral("Accounts by health"));
    QVERIFY(view);
    QVERIFY(view->hasResult());
    const QString diff = compared(view,
                                  {QStringLiteral("accounts"),
                                   m_project,
                                   QStringLiteral("--model"),
                                   QStringLiteral("Account health")});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    saveScreenshot(m_window.get(), QStringLiteral("70-accounts"));

    // Sorted by health, lowest first, with a click on its header; then only Finance.
    auto *table = child<QTableView>(view, "accountsTable");
    const int healthColumn = int(view->resultTable().columns.indexOf(QStringLiteral("health")));
    table->sortByColumn(healthColumn, Qt::AscendingOrder);
    auto *model = table->model();
    double previous = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant health
            = model->index(row, healthColumn).data(RecordTableModel::RawValueRole);
        if (!health.isValid())
            continue;
        QVERIFY(health.toDouble() >= previous);
        previous = health.toDouble();
    }
    const int all = model->rowCount();
    QTest::keyClicks(child<QLineEdit>(view, "accountsFilter"), QStringLiteral("Finance"));
    QVERIFY(model->rowCount() > 0 && model->rowCount() < all);
    const int industry = int(view->resultTable().columns.indexOf(QStringLiteral("industry")));
    for (int row = 0; row < model->rowCount(); ++row) {
        bool mentions = false;
        for (int column = 0; column < model->columnCount(); ++column)
            mentions
                |= model->index(row, column).data().toString().contains(QLatin1String("Finance"));
        QVERIFY(mentions);
    }
    QCOMPARE(model->index(0, industry).data().toString(), QStringLiteral("Finance"));
    // The model choice is saved with the analysis: the built-in model scores differently.
    choose(child<QComboBox>(view, "accountsModel"), QString());
    waitForResult(view);
    QCOMPARE(view->document()->definition().value(QStringLiteral("model")).toString(), QString());
    const QString builtIn = compared(view, {QStringLiteral("accounts"), m_project});
    QVERIFY2(builtIn.isEmpty(), qPrintable(builtIn));
    view->document()->undoStack()->undo();
    QCOMPARE(view->document()->definition().value(QStringLiteral("model")).toString(),
             QStringLiteral("Account health"));
}

void TestCrmViews::accountPageAndItsHealthReport()
{
    auto *view = openSaved<AccountsView>(m_window.get(), QStringLiteral("Accounts by health"));
    QVERIFY(view);
    auto *table = child<QTableView>(view, "accountsTable");
    const QModelIndex first = table->model()->index(0, 0);
    const QString account = first.data(RecordTableModel::RawValueRole).toString();
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(first).center());
    QTest::mouseDClick(
        table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(first).center());
    auto *page = waitForTopLevel<AccountPage>(QStringLiteral("accountPage"));
    QVERIFY(page);
    QVERIFY(QTest::qWaitFor([page] { return page->profile() != nullptr; }, 60000));
    const AccountProfile &profile = *page->profile();
    QCOMPARE(profile.account.id, account);
    // The page's score is the accounts table's, the measures the health command's.
    const auto listed = cli({QStringLiteral("health"),
                             m_project,
                             QStringLiteral("--model"),
                             QStringLiteral("Account health")});
    QStringList row;
    for (const QStringList &line : listed)
        if (line.value(0) == account)
            row = line;
    QVERIFY(!row.isEmpty());
    QVERIFY(profile.health.score);
    QVERIFY(std::abs(*profile.health.score - row.value(1).toDouble()) < 1e-9);
    QCOMPARE(profile.health.band, row.value(2));
    auto *measures = child<QTableWidget>(page, "accountMeasures");
    QCOMPARE(measures->rowCount(), 5);
    QVERIFY(child<QLabel>(page, "accountHeader")->text().contains(profile.account.name));
    QVERIFY(child<QTableWidget>(page, "accountPeople")->rowCount() > 0);
    QVERIFY(child<QTableWidget>(page, "accountAdoption")->rowCount() > 0);
    page->resize(1024, 700);
    saveScreenshot(page, QStringLiteral("71-account-page"));

    // The health report: a PDF with the account's name and score in its text.
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(!page->saveReport(pdf));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(profile.account.name), qPrintable(text.left(300)));
    QVERIFY(text.contains(
        QStringLiteral("Health score %1").arg(QLocale().toString(*profile.health.score, 'f', 1))));
    QVERIFY(text.contains(QLatin1String("What the score is made of")));
    QVERIFY(pdfPages(pdf) >= 2);
    // The same report from the CLI, and one per account in a batch.
    const QString cliPdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    const auto single = cli({QStringLiteral("report"),
                             m_project,
                             QStringLiteral("--account"),
                             account,
                             QStringLiteral("--model"),
                             QStringLiteral("Account health"),
                             QStringLiteral("--out"),
                             cliPdf});
    QCOMPARE(pdfText(cliPdf), text);
    const QString folder = m_dir.filePath(QStringLiteral("reports"));
    const auto batch = cli({QStringLiteral("report"),
                            m_project,
                            QStringLiteral("--each-account"),
                            QStringLiteral("--out-dir"),
                            folder});
    QVERIFY(batch.size() > 100);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}).size(), batch.size() - 1);

    // Its timeline, a click away.
    QTest::mouseClick(child<QPushButton>(page, "accountTimeline"), Qt::LeftButton);
    QVERIFY(waitForTopLevel<TimelineDialog>(QString()));
}

void TestCrmViews::healthDesignerEditsAreUndoSteps()
{
    auto *view = openSaved<HealthView>(m_window.get(), QStringLiteral("Account health"));
    QVERIFY(view);
    QString diff = compared(view,
                            {QStringLiteral("health"),
                             m_project,
                             QStringLiteral("--model"),
                             QStringLiteral("Account health")});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    saveScreenshot(m_window.get(), QStringLiteral("72-health-designer"));
    const RecordTable before = view->resultTable();
    QUndoStack *undo = view->document()->undoStack();
    const int steps = undo->count();

    // Renewal weighs 5 now: scores move, the saved model with them.
    auto *renewal = child<QDoubleSpinBox>(view, "healthWeight4");
    renewal->setValue(5);
    waitForResult(view);
    QCOMPARE(undo->count(), steps + 1);
    QVERIFY(view->resultTable().rows != before.rows);
    // Saved with File > Save (until then the project keeps the model as it was): the CLI
    // reads the same one then.
    QVERIFY(view->document()->isModified());
    triggerMenuAction(m_window.get(), QStringLiteral("&Save Analysis"));
    QTRY_VERIFY(!view->document()->isModified());
    diff = compared(view,
                    {QStringLiteral("health"),
                     m_project,
                     QStringLiteral("--model"),
                     QStringLiteral("Account health")});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    undo->undo();
    waitForResult(view);
    QCOMPARE(view->resultTable().rows, before.rows);

    // A key event dragged in from the catalog.
    auto *keys = child<QListWidget>(view, "healthKeyEvents");
    const int keyCount = keys->count();
    std::unique_ptr<QMimeData> drag(eventDrag(m_window->catalog(), QStringLiteral("search")));
    QVERIFY(drag);
    QVERIFY(dropOn(keys->viewport(), drag.get(), QPoint(10, 10)));
    waitForResult(view);
    QCOMPARE(keys->count(), keyCount + 1);
    QVERIFY(view->document()
                ->definition()
                .value(QStringLiteral("key_events"))
                .toArray()
                .contains(QStringLiteral("search")));

    // Enterprise accounts weigh seat use by 4; the other plans keep the model's weight.
    choose(child<QComboBox>(view, "healthSegment"), QStringLiteral("enterprise"));
    child<QDoubleSpinBox>(view, "healthWeight0")->setValue(4);
    waitForResult(view);
    const QJsonObject segments
        = view->document()->definition().value(QStringLiteral("segment_weights")).toObject();
    QCOMPARE(segments.value(QStringLiteral("enterprise"))
                 .toObject()
                 .value(QStringLiteral("seat_use"))
                 .toDouble(),
             4.0);
    QCOMPARE(view->document()
                 ->definition()
                 .value(QStringLiteral("measures"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("weight"))
                 .toDouble(),
             2.0);
    // Bands: green from 60.
    child<QDoubleSpinBox>(view, "healthGreenFrom")->setValue(60);
    waitForResult(view);
    QCOMPARE(view->result<HealthResult>()->model.greenFrom, 60.0);
}

void TestCrmViews::quadrantThresholdDraggedAndPointClicked()
{
    auto *view = openSaved<QuadrantView>(m_window.get(), QStringLiteral("Renewal and expansion"));
    QVERIFY(view);
    const QString diff = compared(view,
                                  {QStringLiteral("quadrant"),
                                   m_project,
                                   QStringLiteral("--model"),
                                   QStringLiteral("Account health")});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    auto *lists = child<QTreeWidget>(view, "quadrantLists");
    QCOMPARE(lists->topLevelItemCount(), 5);
    saveScreenshot(m_window.get(), QStringLiteral("73-quadrant"));

    // The health line dragged from 50 to the right.
    auto *plot = child<QuadrantPlot>(view, "quadrantPlot");
    const QPointF cross = plot->thresholdPosition();
    const QPoint grab(int(cross.x()), int(cross.y()) - 60);
    const QPoint target(
        grab.x() + int(plot->xAxis->coordToPixel(70) - plot->xAxis->coordToPixel(50)), grab.y());
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, grab);
    QMouseEvent move(QEvent::MouseMove,
                     QPointF(target),
                     plot->mapToGlobal(QPointF(target)),
                     Qt::NoButton,
                     Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, target);
    waitForResult(view);
    const double moved
        = view->document()->definition().value(QStringLiteral("health_threshold")).toDouble();
    QVERIFY2(std::abs(moved - 70) <= 1, qPrintable(QString::number(moved)));
    QCOMPARE(view->document()->definition().value(QStringLiteral("expansion_threshold")).toDouble(),
             50.0);
    const QString after = compared(view,
                                   {QStringLiteral("quadrant"),
                                    m_project,
                                    QStringLiteral("--model"),
                                    QStringLiteral("Account health"),
                                    QStringLiteral("--health-threshold"),
                                    QString::number(moved)});
    QVERIFY2(after.isEmpty(), qPrintable(after));
    view->document()->undoStack()->undo();
    waitForResult(view);
    QCOMPARE(view->document()->definition().value(QStringLiteral("health_threshold")).toDouble(),
             50.0);

    // A click on a point opens that account's page.
    plot = child<QuadrantPlot>(view, "quadrantPlot");
    const auto &placed = view->result<QuadrantResult>()->accounts;
    int account = -1;
    for (const QuadrantAccount &a : placed)
        if (a.health && a.expansion) {
            account = a.account;
            break;
        }
    QVERIFY(account >= 0);
    const QPointF point = plot->positionOf(account);
    QCOMPARE(plot->accountAt(point), account);
    QVERIFY(!plot->hoverText(account).isEmpty());
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, point.toPoint());
    auto *page = waitForTopLevel<AccountPage>(QStringLiteral("accountPage"));
    QVERIFY(page);
    QVERIFY(QTest::qWaitFor([page] { return page->profile() != nullptr; }, 60000));
    QCOMPARE(page->profile()->account.id,
             view->result<QuadrantResult>()->health.crm->accounts[account].id);
}

void TestCrmViews::pipelineGroupedAndStagesMapped()
{
    auto *view = openSaved<PipelineView>(m_window.get(), QStringLiteral("Pipeline by owner"));
    QVERIFY(view);
    QString diff = compared(
        view,
        {QStringLiteral("pipeline"), m_project, QStringLiteral("--by"), QStringLiteral("owner")});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    saveScreenshot(m_window.get(), QStringLiteral("74-pipeline"));
    auto *by = child<QComboBox>(view, "pipelineBy");
    by->setCurrentIndex(by->findData(QStringLiteral("account.industry")));
    emit by->textActivated(by->currentText());
    waitForResult(view);
    diff = compared(view,
                    {QStringLiteral("pipeline"),
                     m_project,
                     QStringLiteral("--by"),
                     QStringLiteral("account.industry")});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // "negotiation" counts as won from now on, here and in the CLI.
    QTest::mouseClick(child<QPushButton>(view, "pipelineStageNames"), Qt::LeftButton);
    auto *dialog = waitForTopLevel<QDialog>(QStringLiteral("stageNamesDialog"));
    QVERIFY(dialog);
    auto *negotiation = child<QComboBox>(dialog, "stage:negotiation");
    negotiation->setCurrentIndex(negotiation->findText(QStringLiteral("won")));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    waitForResult(view);
    diff = compared(view,
                    {QStringLiteral("pipeline"),
                     m_project,
                     QStringLiteral("--by"),
                     QStringLiteral("account.industry")});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    qint64 open = 0;
    for (const PipelineStage &stage : view->result<PipelineResult>()->stages)
        if (stage.stage == QLatin1String("negotiation"))
            QCOMPARE(stage.state, StageStates::State::Won);
        else if (stage.state == StageStates::State::Open)
            open += stage.deals;
    QVERIFY(open > 0);
}

void TestCrmViews::channelRoiOverARange()
{
    auto *view = openSaved<RoiView>(m_window.get(), QStringLiteral("Channel ROI"));
    QVERIFY(view);
    QString diff = compared(view, {QStringLiteral("roi"), m_project});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    saveScreenshot(m_window.get(), QStringLiteral("75-channel-roi"));
    auto *dates = view->findChild<DateRangeEditor *>();
    QVERIFY(dates);
    child<QCheckBox>(dates, "dateRangeEnabled")->setChecked(true);
    waitForResult(view);
    const QJsonObject definition = view->document()->definition();
    QVERIFY(definition.contains(QStringLiteral("from")));
    diff = compared(view,
                    {QStringLiteral("roi"),
                     m_project,
                     QStringLiteral("--from"),
                     definition.value(QStringLiteral("from")).toString(),
                     QStringLiteral("--to"),
                     definition.value(QStringLiteral("to")).toString()});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestCrmViews::leadsRankedAndOpenedAsTimelines()
{
    auto *view = openSaved<LeadsView>(m_window.get(), QStringLiteral("Lead scoring"));
    QVERIFY(view);
    QString diff = compared(view,
                            {QStringLiteral("leads"),
                             m_project,
                             QStringLiteral("--model"),
                             QStringLiteral("Lead scoring")});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    saveScreenshot(m_window.get(), QStringLiteral("76-leads"));
    auto *behaviour = child<QTableWidget>(view, "leadsBehaviour");
    const int rules = behaviour->rowCount();
    std::unique_ptr<QMimeData> drag(eventDrag(m_window->catalog(), QStringLiteral("api_call")));
    QVERIFY(dropOn(behaviour->viewport(), drag.get(), QPoint(10, 10)));
    waitForResult(view);
    QCOMPARE(behaviour->rowCount(), rules + 1);
    // Its points edited in place.
    behaviour->item(rules, 1)->setText(QStringLiteral("7"));
    waitForResult(view);
    QCOMPARE(view->document()
                 ->definition()
                 .value(QStringLiteral("behaviour"))
                 .toArray()
                 .at(rules)
                 .toObject()
                 .value(QStringLiteral("weight"))
                 .toDouble(),
             7.0);
    child<QSpinBox>(view, "leadsTop")->setValue(10);
    waitForResult(view);
    QCOMPARE(view->resultTable().rows.size(), 10);
    auto *table = child<QTableView>(view, "leadsTable");
    QTest::mouseClick(table->viewport(),
                      Qt::LeftButton,
                      Qt::NoModifier,
                      table->visualRect(table->model()->index(0, 0)).center());
    QTest::mouseDClick(table->viewport(),
                       Qt::LeftButton,
                       Qt::NoModifier,
                       table->visualRect(table->model()->index(0, 0)).center());
    QVERIFY(waitForTopLevel<TimelineDialog>(QString()));
}

void TestCrmViews::newAnalysesOfTheNewKinds()
{
    // Each new kind opens from the menu on something, or says what to do first.
    for (const QString &kind : {QStringLiteral("accounts"),
                                QStringLiteral("health"),
                                QStringLiteral("quadrant"),
                                QStringLiteral("pipeline"),
                                QStringLiteral("roi"),
                                QStringLiteral("leads")}) {
        AnalysisView *view = m_window->analysisTabs()->createOfKind(kind);
        QVERIFY2(view, qPrintable(kind));
        waitForResult(view);
        QVERIFY2(view->hasResult(), qPrintable(kind));
        QVERIFY2(!view->resultTable().rows.isEmpty(), qPrintable(kind));
    }
    m_window->resize(1024, 700);
    saveScreenshot(m_window.get(), QStringLiteral("77-new-leads-1024"));
}

QTEST_MAIN(TestCrmViews)
#include "tst_crmviews.moc"
