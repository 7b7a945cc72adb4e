// SPDX-License-Identifier: MIT
// The lifecycle view as a person uses it on the sample: the saved example against quadrant-cli,
// a click on a bar listing exactly the persons it counts, a person breakdown, and an event
// property refused with the reason. Screenshots at 1920x1080 and 1024x700 go to
// build/screenshots.
#include "guisupport.h"
#include "kinds/lifecycle/lifecycleview.h"
#include "persons/personlistdialog.h"
#include "testsupport.h"

#include <QBarSet>
#include <QChartView>
#include <QLabel>
#include <QStackedBarSeries>
#include <QTemporaryDir>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

const QString exampleName
    = QStringLiteral("Weekly active persons: new, returning, resurrecting, dormant");

} // namespace

class TestLifecycleView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void savedExampleMatchesTheCliAtTwoSizes();
    void clickingABarListsItsPersons();
    void breakdownByAPersonPropertyOnly();

private:
    LifecycleView *openExample();

    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestLifecycleView::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("Sample.quadrant"));
    QVERIFY2(openSampleWindow(m_window, m_project),
             qPrintable(m_window ? m_window->lastError() : QString()));
}

void TestLifecycleView::cleanup()
{
    m_window->analysisTabs()->closeAll();
}

LifecycleView *TestLifecycleView::openExample()
{
    auto *view = qobject_cast<LifecycleView *>(m_window->analysisTabs()->open(exampleName));
    if (view)
        waitForResult(view);
    return view;
}

void TestLifecycleView::savedExampleMatchesTheCliAtTwoSizes()
{
    LifecycleView *view = openExample();
    QVERIFY(view && view->result<LifecycleResult>());
    const QString diff = tableDifference(view->resultTable(),
                                         cli({QStringLiteral("lifecycle"),
                                              m_project,
                                              QStringLiteral("--event"),
                                              QStringLiteral("login")}));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    for (const QSize size : {QSize(1920, 1080), QSize(1024, 700)}) {
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        saveScreenshot(m_window.get(), QStringLiteral("81-lifecycle-%1").arg(size.width()));
        auto *chart = child<QChartView>(view, "lifecycleChart");
        QVERIFY(chart && chart->isVisible());
        QVERIFY2(chart->width() >= size.width() / 3,
                 qPrintable(QStringLiteral("chart %1 px wide").arg(chart->width())));
    }
}

void TestLifecycleView::clickingABarListsItsPersons()
{
    LifecycleView *view = openExample();
    QVERIFY(view && view->result<LifecycleResult>());
    const LifecycleResult &result = *view->result<LifecycleResult>();
    QVERIFY(result.periodStartsMs.size() > 4);
    auto *chart = child<QChartView>(view, "lifecycleChart");
    auto *series = qobject_cast<QStackedBarSeries *>(chart->chart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->count(), 4);
    // Dormant sits below the axis: its values are negative, its count positive.
    QBarSet *dormant = series->barSets().at(int(LifecycleStatus::Dormant));
    const qint64 dormantInWeek4
        = result.groups.front().persons[4][size_t(LifecycleStatus::Dormant)];
    QVERIFY(dormantInWeek4 > 0);
    QCOMPARE(dormant->at(4), -double(dormantInWeek4));
    // The chart's click on that bar opens the list of exactly those persons.
    emit dormant->clicked(4);
    PersonListDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view->findChild<PersonListDialog *>()) != nullptr);
    QTRY_COMPARE(qint64(dialog->persons().size()), dormantInWeek4);
    saveScreenshot(dialog, QStringLiteral("81-lifecycle-dormant-persons"));
    dialog->close();
}

void TestLifecycleView::breakdownByAPersonPropertyOnly()
{
    LifecycleView *view = qobject_cast<LifecycleView *>(
        m_window->analysisTabs()->createOfKind(QString::fromLatin1(LifecycleKind::id)));
    QVERIFY(view);
    waitForResult(view);
    auto *empty = view->findChild<QLabel *>(QStringLiteral("lifecycleEmptyState"));
    QVERIFY(empty && empty->isVisible());
    choose(child<QComboBox>(view, "lifecycleEvent"), QStringLiteral("login"));
    choose(child<QComboBox>(view, "lifecycleInterval"), QStringLiteral("month"));
    // An event property is refused where it is dropped: a person has one status per period.
    std::unique_ptr<QMimeData> amount(
        propertyDrag(m_window->catalog(), QStringLiteral("event.amount")));
    QVERIFY(amount);
    dropOn(child<QComboBox>(view, "lifecycleBreakdown"), amount.get(), QPoint(10, 10));
    QVERIFY(view->document()->definition().value(QStringLiteral("breakdown")).isUndefined());
    std::unique_ptr<QMimeData> plan(
        propertyDrag(m_window->catalog(), QStringLiteral("person.plan")));
    QVERIFY(plan);
    QVERIFY(dropOn(child<QComboBox>(view, "lifecycleBreakdown"), plan.get(), QPoint(10, 10)));
    waitForResult(view);
    QVERIFY(view->result<LifecycleResult>());
    QVERIFY(view->result<LifecycleResult>()->groups.size() > 1);
    const QString diff = tableDifference(view->resultTable(),
                                         cli({QStringLiteral("lifecycle"),
                                              m_project,
                                              QStringLiteral("--event"),
                                              QStringLiteral("login"),
                                              QStringLiteral("--interval"),
                                              QStringLiteral("month"),
                                              QStringLiteral("--breakdown"),
                                              QStringLiteral("person.plan")}));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // The command line says why an event property cannot be a lifecycle's breakdown.
    const CliRun refused = runCli({QStringLiteral("lifecycle"),
                                   m_project,
                                   QStringLiteral("--event"),
                                   QStringLiteral("login"),
                                   QStringLiteral("--breakdown"),
                                   QStringLiteral("event.amount")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("person property"), refused.err.constData());
}

QTEST_MAIN(TestLifecycleView)
#include "tst_lifecycleview.moc"
