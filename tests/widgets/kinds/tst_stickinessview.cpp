// SPDX-License-Identifier: MIT
// The stickiness view as a person uses it on the sample: the saved example, and one built by
// dragging from the catalog and choosing; every table it shows is what quadrant-cli prints for
// the same question. Screenshots at 1920x1080 and 1024x700 go to build/screenshots.
#include "document/analysisdocument.h"
#include "guisupport.h"
#include "kinds/stickiness/stickinessview.h"

#include <QChartView>
#include <QCheckBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Quadrant;
using namespace Quadrant::Test;

class TestStickinessView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void savedExampleMatchesTheCliAtTwoSizes();
    void builtByDraggingAndChoosing();

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestStickinessView::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("Sample.quadrant"));
    QVERIFY2(openSampleWindow(m_window, m_project),
             qPrintable(m_window ? m_window->lastError() : QString()));
}

void TestStickinessView::cleanup()
{
    m_window->analysisTabs()->closeAll();
}

void TestStickinessView::savedExampleMatchesTheCliAtTwoSizes()
{
    auto *view = qobject_cast<StickinessView *>(
        m_window->analysisTabs()->open(QStringLiteral("How many days a week people log in")));
    QVERIFY(view);
    waitForResult(view);
    QVERIFY(view->result<StickinessResult>());
    const QString diff = tableDifference(view->resultTable(),
                                         cli({QStringLiteral("stickiness"),
                                              m_project,
                                              QStringLiteral("--event"),
                                              QStringLiteral("login")}));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    for (const QSize size : {QSize(1920, 1080), QSize(1024, 700)}) {
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        saveScreenshot(m_window.get(), QStringLiteral("80-stickiness-%1").arg(size.width()));
        // The chart keeps the result's room (a third of the window), at a laptop's size too.
        auto *chart = child<QChartView>(view, "stickinessChart");
        QVERIFY(chart && chart->isVisible());
        QVERIFY2(chart->width() >= size.width() / 3,
                 qPrintable(QStringLiteral("chart %1 px wide").arg(chart->width())));
    }
}

void TestStickinessView::builtByDraggingAndChoosing()
{
    auto *view = qobject_cast<StickinessView *>(
        m_window->analysisTabs()->createOfKind(QString::fromLatin1(StickinessKind::id)));
    QVERIFY(view);
    waitForResult(view);
    auto *empty = view->findChild<QLabel *>(QStringLiteral("stickinessEmptyState"));
    QVERIFY(empty && empty->isVisible());

    std::unique_ptr<QMimeData> login(eventDrag(m_window->catalog(), QStringLiteral("login")));
    QVERIFY(login);
    QVERIFY(dropOn(child<QComboBox>(view, "stickinessEvent"), login.get(), QPoint(10, 10)));
    std::unique_ptr<QMimeData> plan(
        propertyDrag(m_window->catalog(), QStringLiteral("person.plan")));
    QVERIFY(plan);
    QVERIFY(dropOn(child<QComboBox>(view, "stickinessBreakdown"), plan.get(), QPoint(10, 10)));
    choose(child<QComboBox>(view, "stickinessInterval"), QStringLiteral("month"));
    child<QCheckBox>(view, "stickinessCumulative")->setChecked(true);
    waitForResult(view);
    QVERIFY(view->result<StickinessResult>());
    const QString diff = tableDifference(view->resultTable(),
                                         cli({QStringLiteral("stickiness"),
                                              m_project,
                                              QStringLiteral("--event"),
                                              QStringLiteral("login"),
                                              QStringLiteral("--breakdown"),
                                              QStringLiteral("person.plan"),
                                              QStringLiteral("--interval"),
                                              QStringLiteral("month"),
                                              QStringLiteral("--cumulative")}));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // On at least one day is everyone who did it: a share of 1 in every period with persons.
    for (const QVariantList &row : view->resultTable().rows)
        if (row[2].toInt() == 1 && !row[4].isNull())
            QCOMPARE(row[4].toDouble(), 1.0);
    // Four edits, four undo steps.
    QCOMPARE(view->document()->undoStack()->count(), 4);
    m_window->resize(1024, 700);
    saveScreenshot(m_window.get(), QStringLiteral("80-stickiness-by-plan-1024"));
}

QTEST_MAIN(TestStickinessView)
#include "tst_stickinessview.moc"
