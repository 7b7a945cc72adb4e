// SPDX-License-Identifier: MIT
// The views beyond the funnel, as a person uses them on the sample: trends, paths (Sankey),
// heatmaps, A/B comparison and timelines. Each is opened from the saved analyses or built by
// dragging from the catalog, edited through its controls, and every number it shows is
// compared with what quadrant-cli prints for the same question. Screenshots of each view go
// to build/screenshots.
#include "ab/abview.h"
#include "analysis/timeline.h"
#include "analysis/trendjson.h"
#include "analysisview.h"
#include "appearance.h"
#include "catalogpanel.h"
#include "charts/funnelchart.h"
#include "crm/accountpage.h"
#include "daterangeeditor.h"
#include "document/analysisdocument.h"
#include "document/analysisrunner.h"
#include "export/chartexport.h"
#include "export/tableexport.h"
#include "frozentableview.h"
#include "funnel/dropoffdialog.h"
#include "funnel/funnelview.h"
#include "funnel/stepfilterdialog.h"
#include "guisupport.h"
#include "heatmap/heatmapview.h"
#include "help/guidedialog.h"
#include "item/eventcatalogmodel.h"
#include "item/funnelstepsmodel.h"
#include "item/propertycatalogmodel.h"
#include "item/recordtablemodel.h"
#include "item/retentiongridmodel.h"
#include "mainwindow.h"
#include "paths/pathsview.h"
#include "paths/sankeywidget.h"
#include "persons/personlistdialog.h"
#include "persons/persontable.h"
#include "presentationmode.h"
#include "retention/retentionview.h"
#include "store/projectstore.h"
#include "store/savedanalysisstore.h"
#include "testsupport.h"
#include "timeline/timelinedialog.h"
#include "trend/trendview.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <qcustomplot.h>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

// A new project at `path` holding `file` imported as `kind`, made by quadrant-cli.
bool newProjectWith(const QString &path, const QString &kind, const QString &file)
{
    QFile::remove(path);
    const QString cliPath = QStringLiteral(QUADRANT_CLI_PATH);
    return QProcess::execute(cliPath, {QStringLiteral("new"), path}) == 0
           && QProcess::execute(cliPath,
                                {QStringLiteral("import"),
                                 path,
                                 QStringLiteral("--kind"),
                                 kind,
                                 QStringLiteral("--file"),
                                 file})
                  == 0;
}

} // namespace

class TestViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newAnalysesOfEveryKindStartEmpty();
    void panelsStayReadableAndRecover();
    void presentationModeGoesThroughTheAnalyses();
    void trendFrontEndVersusBackEnd();
    void trendBuiltByDragging();
    void pathsSankeyMatchesTheCli();
    void pathsFromAFunnelDropOff();
    void dropOffOfOneBreakdownGroup();
    void stepConditionsChosenFromTheProjectsValues();
    void activityHeatmap();
    void adoptionHeatmapSortedByTotal();
    void abComparisonWithVerdict();
    void abOnAPerPersonResultTable();
    void timelinesOfPersonAndAccount();
    void retentionCellListsItsPersons();
    void cliRenderWritesTheTablesTheViewsShow();
    void everyViewExportsItsChartAndTable();
    void darkAppearanceReachesEveryChart();
    void unreadableDefinitionIsShownNotOverwritten();
    void viewsOnAProjectWithoutCrmData();
    void everyViewOnDayLevelDataAtTwoSizes();
    void printableReports();

private:
    template<typename View>
    View *open(const QString &name);

    QTemporaryDir m_dir;
    QString m_sample;  // made once, by the workbench
    QString m_project; // each test's own copy of it
    std::unique_ptr<MainWindow> m_window;
};

void TestViews::initTestCase()
{
    m_sample = m_dir.filePath(QStringLiteral("Sample.quadrant"));
    QVERIFY2(openSampleWindow(m_window, m_sample),
             qPrintable(m_window ? m_window->lastError() : QString()));
    m_window.reset();
}

// Every test starts from a new window on a fresh copy of the sample: none sees what another
// saved, opened or changed.
void TestViews::init()
{
    m_project = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                               + QStringLiteral(".quadrant"));
    QVERIFY2(openCopyInWindow(m_window, m_sample, m_project),
             qPrintable(m_window ? m_window->lastError() : QString()));
}

void TestViews::cleanup()
{
    m_window.reset();
}

template<typename View>
View *TestViews::open(const QString &name)
{
    auto *view = qobject_cast<View *>(m_window->analysisTabs()->open(name));
    if (view)
        waitForResult(view);
    return view;
}

void TestViews::newAnalysesOfEveryKindStartEmpty()
{
    // Each kind opens as a tab that says what to do first, instead of an error or a blank.
    for (const QString &kind :
         {QStringLiteral("trend"), QStringLiteral("paths"), QStringLiteral("ab")}) {
        AnalysisView *view = m_window->analysisTabs()->createOfKind(kind);
        QVERIFY2(view, qPrintable(kind));
        waitForResult(view);
        auto *empty = view->findChild<QLabel *>(kind + QStringLiteral("EmptyState"));
        QVERIFY2(empty && empty->isVisible(), qPrintable(kind));
        QVERIFY(empty->text().contains(QStringLiteral("<h3>")));
        QVERIFY(view->resultTable().rows.isEmpty());
    }
    // A heatmap needs nothing chosen: activity by weekday and hour at once.
    auto *heatmap = qobject_cast<HeatmapView *>(
        m_window->analysisTabs()->createOfKind(QStringLiteral("heatmap")));
    QVERIFY(heatmap);
    waitForResult(heatmap);
    QVERIFY(heatmap->result<HeatmapResult>());
    QCOMPARE(heatmap->result<HeatmapResult>()->rows.size(), 7);
}

void TestViews::panelsStayReadableAndRecover()
{
    // Squeezed by a narrow window, the definition pane keeps a readable width and takes its
    // width back when the window grows; the catalog never gets narrower than its columns.
    auto *view = open<FunnelView>(QStringLiteral("Onboarding funnel"));
    QVERIFY(view);
    auto *splitter = view->findChild<QSplitter *>();
    QVERIFY(splitter);
    m_window->resize(1920, 1080);
    QTRY_VERIFY(splitter->width() > 1000);
    const int chosen = splitter->sizes().value(0);
    QVERIFY(chosen >= 300);
    saveScreenshot(m_window.get(), QStringLiteral("19-funnel-1920"));
    m_window->resize(700, 600);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QTRY_VERIFY(splitter->sizes().value(0) < chosen); // squeezed, as far as it may be
    QVERIFY(splitter->sizes().value(0) >= 260);
    QVERIFY(m_window->catalog()->width() >= 240);
    m_window->resize(1920, 1080);
    QTRY_COMPARE(splitter->sizes().value(0), chosen);
    m_window->resize(1024, 700);
    QTRY_VERIFY(m_window->width() == 1024);
    saveScreenshot(m_window.get(), QStringLiteral("19-funnel-1024"));
}

void TestViews::presentationModeGoesThroughTheAnalyses()
{
    // F11: full screen, larger type, only the charts; Page Down / Page Up as slides; Escape
    // puts everything back.
    auto *first = open<FunnelView>(QStringLiteral("Onboarding funnel"));
    QVERIFY(first);
    AnalysisTabs *tabs = m_window->analysisTabs();
    const QVector<AnalysisView *> slides = tabs->views();
    QVERIFY(slides.size() >= 3);
    tabs->setCurrentWidget(slides.first());
    const qreal pointSize = QApplication::font().pointSizeF();
    QDockWidget *catalog = m_window->findChild<QDockWidget *>(QStringLiteral("catalogDock"));
    QVERIFY(catalog && catalog->isVisible());
    triggerMenuAction(m_window.get(), QStringLiteral("&Presentation Mode"));
    QVERIFY(m_window->presentation()->isActive());
    QTRY_VERIFY(m_window->windowState() & Qt::WindowFullScreen);
    QVERIFY(!catalog->isVisible());
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(QApplication::font().pointSizeF() > pointSize);
    QVERIFY(slides.first()->findChild<QSplitter *>()->widget(0)->isHidden());
    waitForResult(slides.first());
    saveScreenshot(m_window.get(), QStringLiteral("90-presentation-mode"));
    QTest::keyClick(m_window.get(), Qt::Key_PageDown);
    QCOMPARE(tabs->current(), slides[1]);
    QTest::keyClick(m_window.get(), Qt::Key_PageDown);
    QCOMPARE(tabs->current(), slides[2]);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp);
    QCOMPARE(tabs->current(), slides[1]);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(!m_window->presentation()->isActive());
    QTRY_VERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    QVERIFY(catalog->isVisible());
    QVERIFY(m_window->menuBar()->isVisible());
    QCOMPARE(QApplication::font().pointSizeF(), pointSize);
    QVERIFY(!slides.first()->findChild<QSplitter *>()->widget(0)->isHidden());
}

void TestViews::trendFrontEndVersusBackEnd()
{
    auto *view = open<TrendView>(QStringLiteral("Weekly events, front end vs back end"));
    QVERIFY(view && view->result<TrendResult>());
    const QString diff = tableDifference(view->resultTable(),
                                         cli({QStringLiteral("trend"),
                                              m_project,
                                              QStringLiteral("--event"),
                                              QStringLiteral("*"),
                                              QStringLiteral("--interval"),
                                              QStringLiteral("week"),
                                              QStringLiteral("--breakdown"),
                                              QStringLiteral("source")}));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QStringList names;
    for (const TrendSeries &series : view->result<TrendResult>()->series)
        names << series.name;
    names.sort();
    QCOMPARE(names, (QStringList{"app", "server", "web"}));
    QVERIFY(child<QChartView>(view, "trendChart")
            && child<QChartView>(view, "trendChart")->chart()->series().size() == 3);
    saveScreenshot(m_window.get(), QStringLiteral("50-trend-by-source"));

    // Bars instead of lines: the numbers stay, the chart changes, and one undo brings lines back.
    choose(child<QComboBox>(view, "trendChartType"), QStringLiteral("bar"));
    waitForResult(view);
    QCOMPARE(view->document()->definition().value(QStringLiteral("chart")).toString(),
             QStringLiteral("bar"));
    saveScreenshot(m_window.get(), QStringLiteral("51-trend-bars"));
    view->document()->undoStack()->undo();
    waitForResult(view);
    QCOMPARE(child<QComboBox>(view, "trendChartType")->currentData().toString(),
             QStringLiteral("line"));

    auto *compared
        = open<TrendView>(QStringLiteral("Daily active persons, last 4 weeks vs the 4 before"));
    QVERIFY(compared && compared->result<TrendResult>());
    const QString from
        = compared->document()->definition().value(QStringLiteral("from")).toString();
    const QString to = compared->document()->definition().value(QStringLiteral("to")).toString();
    const QString comparedDiff = tableDifference(compared->resultTable(),
                                                 cli({QStringLiteral("trend"),
                                                      m_project,
                                                      QStringLiteral("--event"),
                                                      QStringLiteral("login"),
                                                      QStringLiteral("--measure"),
                                                      QStringLiteral("persons"),
                                                      QStringLiteral("--from"),
                                                      from,
                                                      QStringLiteral("--to"),
                                                      to,
                                                      QStringLiteral("--compare")}));
    QVERIFY2(comparedDiff.isEmpty(), qPrintable(comparedDiff));
    bool dashed = false;
    for (QAbstractSeries *series : child<QChartView>(compared, "trendChart")->chart()->series())
        if (auto *line = qobject_cast<QLineSeries *>(series))
            dashed = dashed || line->pen().style() == Qt::DashLine;
    QVERIFY2(dashed, "the previous period is drawn dashed");
    saveScreenshot(m_window.get(), QStringLiteral("52-trend-previous-period"));
}

void TestViews::trendBuiltByDragging()
{
    auto *view = qobject_cast<TrendView *>(
        m_window->analysisTabs()->createOfKind(QStringLiteral("trend")));
    QVERIFY(view);
    std::unique_ptr<QMimeData> login(eventDrag(m_window->catalog(), QStringLiteral("login")));
    QVERIFY(login);
    QVERIFY(dropOn(child<QComboBox>(view, "trendEvent"), login.get(), QPoint(10, 10)));
    std::unique_ptr<QMimeData> plan(
        propertyDrag(m_window->catalog(), QStringLiteral("person.plan")));
    QVERIFY(plan);
    QVERIFY(dropOn(child<QComboBox>(view, "trendBreakdown"), plan.get(), QPoint(10, 10)));
    choose(child<QComboBox>(view, "trendMeasure"), QStringLiteral("per-person"));
    waitForResult(view);
    QVERIFY(view->result<TrendResult>());
    const QString diff = tableDifference(view->resultTable(),
                                         cli({QStringLiteral("trend"),
                                              m_project,
                                              QStringLiteral("--event"),
                                              QStringLiteral("login"),
                                              QStringLiteral("--measure"),
                                              QStringLiteral("per-person"),
                                              QStringLiteral("--breakdown"),
                                              QStringLiteral("person.plan")}));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // Three edits, three undo steps: back to the empty trend.
    QCOMPARE(view->document()->undoStack()->count(), 3);
    view->document()->undoStack()->undo();
    waitForResult(view);
    QCOMPARE(child<QComboBox>(view, "trendMeasure")->currentData().toString(),
             QStringLiteral("total"));

    // September only, by week: the date range is an edit like any other.
    choose(view->findChild<QComboBox *>(QStringLiteral("trendInterval")), QStringLiteral("week"));
    auto *dates = view->findChild<DateRangeEditor *>();
    QVERIFY(dates && !dates->fromEdit()->isEnabled());
    dates->checkBox()->setChecked(true);
    dates->fromEdit()->setDate(QDate(2026, 9, 1));
    dates->toEdit()->setDate(QDate(2026, 9, 30));
    waitForResult(view);
    QCOMPARE(view->document()->definition().value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-09-01"));
    const QString september = tableDifference(view->resultTable(),
                                              cli({QStringLiteral("trend"),
                                                   m_project,
                                                   QStringLiteral("--event"),
                                                   QStringLiteral("login"),
                                                   QStringLiteral("--interval"),
                                                   QStringLiteral("week"),
                                                   QStringLiteral("--breakdown"),
                                                   QStringLiteral("person.plan"),
                                                   QStringLiteral("--from"),
                                                   QStringLiteral("2026-09-01"),
                                                   QStringLiteral("--to"),
                                                   QStringLiteral("2026-09-30")}));
    QVERIFY2(september.isEmpty(), qPrintable(september));
}

void TestViews::pathsSankeyMatchesTheCli()
{
    auto *view = open<PathsView>(QStringLiteral("What people do after signing up"));
    QVERIFY(view && view->result<PathResult>());
    auto check = [&](const QStringList &extra) {
        QStringList arguments{QStringLiteral("paths"),
                              m_project,
                              QStringLiteral("--start"),
                              QStringLiteral("signup"),
                              QStringLiteral("--depth"),
                              QStringLiteral("4")};
        const QString diff = tableDifference(view->resultTable(), cli(arguments + extra));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    };
    check({QStringLiteral("--min-weight"), QStringLiteral("5")});

    // The diagram: one node per event and step, bands as the edges, hover text with the share.
    SankeyWidget *sankey = child<SankeyWidget>(view, "pathsSankey");
    QVERIFY(sankey->nodes().size() > 5);
    QCOMPARE(sankey->bands().size(), view->result<PathResult>()->edges.size());
    const SankeyWidget::Band &widest
        = *std::max_element(sankey->bands().begin(),
                            sankey->bands().end(),
                            [](const auto &a, const auto &b) { return a.sequences < b.sequences; });
    const QPointF inBand((widest.fromSlot.right() + widest.toSlot.left()) / 2,
                         (widest.fromSlot.center().y() + widest.toSlot.center().y()) / 2);
    const QString hover = sankey->describeAt(inBand);
    QVERIFY2(hover.contains(QLocale().toString(widest.sequences))
                 && hover.contains(QLatin1Char('%')),
             qPrintable(hover));
    saveScreenshot(m_window.get(), QStringLiteral("53-paths-sankey"));

    // Clicking a node offers it as start, end or exclusion.
    int pageView = -1;
    for (int i = 0; i < sankey->nodes().size(); ++i)
        if (sankey->nodes()[i].event == QLatin1String("page_view") && sankey->nodes()[i].step == 1)
            pageView = i;
    QVERIFY(pageView >= 0);
    QSignalSpy clicked(sankey, &SankeyWidget::nodeClicked);
    disconnect(
        sankey, &SankeyWidget::nodeClicked, view, nullptr); // the menu would wait for a person
    QTest::mouseClick(
        sankey, Qt::LeftButton, {}, sankey->nodes()[pageView].rect.center().toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(1).toString(), QStringLiteral("page_view"));
    connect(sankey, &SankeyWidget::nodeClicked, view, [view](int, const QString &event) {
        view->exclude(event);
    });
    QTest::mouseClick(
        sankey, Qt::LeftButton, {}, sankey->nodes()[pageView].rect.center().toPoint());
    waitForResult(view);
    QCOMPARE(child<QListWidget>(view, "pathsExcluded")->count(), 1);
    check({QStringLiteral("--min-weight"),
           QStringLiteral("5"),
           QStringLiteral("--exclude"),
           QStringLiteral("page_view")});

    // The slider groups small flows as "other"; dragging it is one undo step.
    const int undoBefore = view->document()->undoStack()->count();
    for (int weight : {10, 20, 40})
        child<QSlider>(view, "pathsMinimumWeight")->setValue(weight);
    waitForResult(view);
    QCOMPARE(view->document()->undoStack()->count(), undoBefore + 1);
    check({QStringLiteral("--min-weight"),
           QStringLiteral("40"),
           QStringLiteral("--exclude"),
           QStringLiteral("page_view")});
    bool other = false;
    for (const PathEdge &edge : view->result<PathResult>()->edges)
        other = other || edge.to == PathResult::other();
    QVERIFY(other);

    view->endAt(QStringLiteral("purchase"));
    waitForResult(view);
    QCOMPARE(child<QComboBox>(view, "pathsDirection")->currentData().toString(),
             QStringLiteral("before"));
    const QString before = tableDifference(view->resultTable(),
                                           cli({QStringLiteral("paths"),
                                                m_project,
                                                QStringLiteral("--end"),
                                                QStringLiteral("purchase"),
                                                QStringLiteral("--depth"),
                                                QStringLiteral("4"),
                                                QStringLiteral("--min-weight"),
                                                QStringLiteral("40"),
                                                QStringLiteral("--exclude"),
                                                QStringLiteral("page_view")}));
    QVERIFY2(before.isEmpty(), qPrintable(before));
    saveScreenshot(m_window.get(), QStringLiteral("54-paths-before-purchase"));
}

void TestViews::pathsFromAFunnelDropOff()
{
    auto *funnel = open<FunnelView>(QStringLiteral("Onboarding funnel"));
    QVERIFY(funnel && funnel->result<FunnelResult>());
    funnel->showDropOff(3);
    auto *dialog = funnel->findChild<DropOffDialog *>();
    QVERIFY(dialog);
    waitForIdle(dialog->runner());
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("openAsPaths"));
    QVERIFY(button && button->isEnabled());
    const int tabs = m_window->analysisTabs()->count();
    const qint64 dropped = qint64(dialog->droppedPersons().size());
    QVERIFY(dropped > 100);
    button->click();
    QCOMPARE(m_window->analysisTabs()->count(), tabs + 1);
    auto *paths = qobject_cast<PathsView *>(m_window->analysisTabs()->current());
    QVERIFY(paths);
    waitForResult(paths);
    QVERIFY(paths->result<PathResult>());
    const QString cohort
        = paths->document()->definition().value(QStringLiteral("cohort")).toString();
    QCOMPARE(cohort, QStringLiteral("Dropped before activated after onboarding_done"));
    // Flows under one in a hundred of the persons who left start grouped as "other".
    const qint64 minimumWeight
        = qint64(paths->document()->definition().value(QStringLiteral("minWeight")).toDouble());
    QCOMPARE(minimumWeight, std::max<qint64>(1, dropped / 100));
    const QString diff = tableDifference(paths->resultTable(),
                                         cli({QStringLiteral("paths"),
                                              m_project,
                                              QStringLiteral("--start"),
                                              QStringLiteral("onboarding_done"),
                                              QStringLiteral("--depth"),
                                              QStringLiteral("4"),
                                              QStringLiteral("--cohort"),
                                              cohort,
                                              QStringLiteral("--min-weight"),
                                              QString::number(minimumWeight)}));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // Only the persons who dropped off: fewer sequences than everyone's.
    const auto everyone = cli({QStringLiteral("paths"),
                               m_project,
                               QStringLiteral("--start"),
                               QStringLiteral("onboarding_done"),
                               QStringLiteral("--depth"),
                               QStringLiteral("1")});
    qint64 all = 0;
    for (const QStringList &row : everyone.mid(1))
        all += row.value(3).toLongLong();
    QVERIFY(paths->result<PathResult>()->sequences > 0
            && paths->result<PathResult>()->sequences < all);
    saveScreenshot(m_window.get(), QStringLiteral("55-paths-from-drop-off"));
}

void TestViews::dropOffOfOneBreakdownGroup()
{
    // "Signup to purchase by channel": click the paid-search bar of step 2 to see who of that
    // channel did not activate.
    auto *funnel = open<FunnelView>(QStringLiteral("Signup to purchase by channel"));
    QVERIFY(funnel && funnel->result<FunnelResult>());
    FunnelChart *chart = child<FunnelChart>(funnel, "funnelChart");
    auto *series = qobject_cast<QBarSeries *>(chart->chart()->series().value(0));
    QVERIFY(series);
    const QList<QBarSet *> sets = series->barSets();
    QVERIFY(sets.size() >= 2);
    const int g = 1, category = 1; // the second largest group, step 2
    const QString group
        = sets[g]->label().section(QStringLiteral(" ("), 0, 0); // "paid_search (412)"
    QVERIFY(!group.isEmpty());
    child<QTabWidget>(funnel, "funnelResultTabs")->setCurrentIndex(0);
    QCoreApplication::processEvents();
    const qreal width = series->barWidth() / qreal(sets.size());
    const QPointF value(category - series->barWidth() / 2 + (g + 0.5) * width,
                        sets[g]->at(category) / 2);
    const QPoint pixel = chart->mapFromScene(
        chart->chart()->mapToScene(chart->chart()->mapToPosition(value, series)));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, pixel);
    DropOffDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = funnel->findChild<DropOffDialog *>()) != nullptr);
    QVERIFY2(dialog->windowTitle().contains(group), qPrintable(dialog->windowTitle()));
    const auto printed = cli({QStringLiteral("funnel"),
                              m_project,
                              QStringLiteral("--steps"),
                              QStringLiteral("signup,activated,purchase"),
                              QStringLiteral("--window"),
                              QStringLiteral("30d"),
                              QStringLiteral("--breakdown"),
                              QStringLiteral("person.channel"),
                              QStringLiteral("--dropped-at"),
                              QStringLiteral("2"),
                              QStringLiteral("--dropped-group"),
                              group});
    QStringList expected;
    for (const QStringList &row : printed.mid(1))
        expected << row[0];
    waitForIdle(dialog->personList()->runner());
    QCoreApplication::processEvents();
    const QStringList shown = dialog->personList()->personIds();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(shown, expected);
    // As many as the group's own funnel lost between step 1 and 2.
    for (const FunnelGroup &candidate : funnel->result<FunnelResult>()->groups)
        if (candidate.value == group)
            QCOMPARE(qint64(shown.size()), candidate.steps[0].persons - candidate.steps[1].persons);
    // Fewer than the whole funnel's drop-off at that step.
    const auto everyone = cli({QStringLiteral("funnel"),
                               m_project,
                               QStringLiteral("--steps"),
                               QStringLiteral("signup,activated,purchase"),
                               QStringLiteral("--window"),
                               QStringLiteral("30d"),
                               QStringLiteral("--dropped-at"),
                               QStringLiteral("2")});
    QVERIFY(everyone.size() > printed.size());
    saveScreenshot(dialog, QStringLiteral("67-drop-off-of-one-group"));
    dialog->close();
}

void TestViews::stepConditionsChosenFromTheProjectsValues()
{
    auto *funnel = qobject_cast<FunnelView *>(
        m_window->analysisTabs()->createOfKind(QStringLiteral("funnel")));
    QVERIFY(funnel);
    QWidget *steps = child<QListView>(funnel, "funnelSteps")->viewport();
    for (const QString &event : {QStringLiteral("signup"), QStringLiteral("purchase")}) {
        std::unique_ptr<QMimeData> mime(eventDrag(m_window->catalog(), event));
        QVERIFY(dropOn(steps, mime.get(), QPoint(steps->width() / 2, steps->height() - 5)));
    }
    // Double-click the purchase step: one row per condition.
    QCoreApplication::processEvents();
    const QRect second
        = child<QListView>(funnel, "funnelSteps")->visualRect(funnel->stepsModel()->index(1, 0));
    QVERIFY2(second.isValid(),
             qPrintable(QStringLiteral("%1 steps").arg(funnel->stepsModel()->rowCount())));
    // (QTest's double click sends the second press only; the view wants the first one too.)
    QTest::mouseClick(steps, Qt::LeftButton, {}, second.center());
    QTest::mouseDClick(steps, Qt::LeftButton, {}, second.center());
    StepFilterDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = funnel->findChild<StepFilterDialog *>()) != nullptr);
    QCOMPARE(dialog->rowCount(), 1);
    choose(dialog->propertyBox(0), QStringLiteral("plan"));
    waitForIdle(dialog->runner());
    QCoreApplication::processEvents();
    // The plans the project holds are offered.
    QVERIFY2(dialog->valueBox(0)->findText(QStringLiteral("pro")) >= 0,
             "the project's values are listed");
    dialog->valueBox(0)->setCurrentText(QStringLiteral("pro"));
    // A second condition, then removed again.
    saveScreenshot(dialog, QStringLiteral("68-step-conditions"));
    dialog->addRow();
    QCOMPARE(dialog->rowCount(), 2);
    // A person's property can be a condition too, read as such, with the persons' values.
    QComboBox *personProperty = dialog->propertyBox(1);
    const int plan = personProperty->findData(QStringLiteral("person.plan"));
    QVERIFY(plan >= 0);
    QCOMPARE(personProperty->itemText(plan), QStringLiteral("plan (person property)"));
    choose(personProperty, QStringLiteral("person.plan"));
    waitForIdle(dialog->runner());
    QCoreApplication::processEvents();
    QVERIFY(dialog->valueBox(1)->findText(QStringLiteral("enterprise")) >= 0);
    dialog->removeRow(1);
    dialog->accept();
    QTRY_COMPARE(funnel->stepsModel()->query().steps.value(1).toString(),
                 QStringLiteral("purchase[plan=pro]"));
    waitForResult(funnel);
    QVERIFY(funnel->result<FunnelResult>());
    const auto printed = cli({QStringLiteral("funnel"),
                              m_project,
                              QStringLiteral("--steps"),
                              QStringLiteral("signup,purchase[plan=pro]"),
                              QStringLiteral("--window"),
                              QStringLiteral("7d")});
    QCOMPARE(funnel->result<FunnelResult>()->groups[0].steps[1].persons,
             printed.value(2).value(3).toLongLong());
    QVERIFY(printed.value(2).value(3).toLongLong() > 0);

    // A value that cannot be written in a step is refused with a reason, the dialog stays open.
    QTest::mouseClick(steps, Qt::LeftButton, {}, second.center());
    QTest::mouseDClick(steps, Qt::LeftButton, {}, second.center());
    StepFilterDialog *again = nullptr;
    QTRY_VERIFY(
        (again = funnel->findChild<StepFilterDialog *>(QString(), Qt::FindDirectChildrenOnly))
            != nullptr
        && again != dialog);
    again->valueBox(0)->setCurrentText(QStringLiteral("free&pro"));
    again->accept();
    QVERIFY(again->isVisible());
    QVERIFY(!again->selector());
    again->reject();
}

void TestViews::activityHeatmap()
{
    auto *view = open<HeatmapView>(QStringLiteral("When people are active"));
    QVERIFY(view && view->result<HeatmapResult>());
    const QString diff = tableDifference(view->resultTable(),
                                         cli({QStringLiteral("heatmap"),
                                              m_project,
                                              QStringLiteral("--kind"),
                                              QStringLiteral("activity")}));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(view->result<HeatmapResult>()->rows.first(), QStringLiteral("Monday"));
    // Hovering a cell says its exact value: Tuesday 13:00 on the plot.
    QCustomPlot *plot = child<QCustomPlot>(view, "heatmapPlot");
    QVERIFY(plot);
    const QPoint pixel(int(plot->xAxis->coordToPixel(13)), int(plot->yAxis->coordToPixel(1)));
    const QString text = view->describeAt(pixel);
    QVERIFY2(text.startsWith(QStringLiteral("Tuesday 13:00")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(qint64(view->result<HeatmapResult>()->at(1, 13)))),
             qPrintable(text));
    saveScreenshot(m_window.get(), QStringLiteral("56-heatmap-activity"));

    // Distinct persons in Berlin time: the CLI agrees there too.
    choose(view->findChild<QComboBox *>(QStringLiteral("heatmapMeasure")),
           QStringLiteral("persons"));
    waitForResult(view);
    auto *zone = view->findChild<QComboBox *>(QStringLiteral("heatmapTimeZone"));
    choose(zone, QStringLiteral("Europe/Berlin"));
    waitForResult(view);
    const QString berlin = tableDifference(view->resultTable(),
                                           cli({QStringLiteral("heatmap"),
                                                m_project,
                                                QStringLiteral("--kind"),
                                                QStringLiteral("activity"),
                                                QStringLiteral("--measure"),
                                                QStringLiteral("persons"),
                                                QStringLiteral("--tz"),
                                                QStringLiteral("Europe/Berlin")}));
    QVERIFY2(berlin.isEmpty(), qPrintable(berlin));
}

void TestViews::adoptionHeatmapSortedByTotal()
{
    auto *view = open<HeatmapView>(QStringLiteral("Feature adoption by industry"));
    QVERIFY(view && view->result<HeatmapResult>());
    const QStringList events
        = view->document()->definition().value(QStringLiteral("events")).toVariant().toStringList();
    const auto printed = cli({QStringLiteral("heatmap"),
                              m_project,
                              QStringLiteral("--kind"),
                              QStringLiteral("adoption"),
                              QStringLiteral("--by"),
                              QStringLiteral("industry"),
                              QStringLiteral("--events"),
                              events.join(QLatin1Char(','))});
    // The view orders rows by total; the cells are the CLI's.
    QHash<QString, double> expected;
    for (const QStringList &row : printed.mid(1))
        expected.insert(row[0] + QLatin1Char('|') + row[1], row[2].toDouble());
    const RecordTable shown = view->resultTable();
    QCOMPARE(shown.rows.size(), expected.size());
    for (const auto &row : shown.rows)
        QVERIFY(
            std::abs(row[2].toDouble()
                     - expected.value(row[0].toString() + QLatin1Char('|') + row[1].toString(), -1))
            < 1e-12);
    const HeatmapResult &rows = *view->result<HeatmapResult>();
    auto total = [&](int r) {
        double sum = 0;
        for (int c = 0; c < rows.columns.size(); ++c)
            sum += rows.at(r, c);
        return sum;
    };
    for (int r = 1; r < rows.rows.size(); ++r)
        QVERIFY(total(r - 1) >= total(r));
    // Healthcare adopts integrations least: the sample's story shows in the last column block.
    const QString text = view->describeAt(
        QPoint(int(child<QCustomPlot>(view, "heatmapPlot")->xAxis->coordToPixel(0)),
               int(child<QCustomPlot>(view, "heatmapPlot")->yAxis->coordToPixel(0))));
    QVERIFY2(text.contains(QStringLiteral("persons used it")), qPrintable(text));
    saveScreenshot(m_window.get(), QStringLiteral("57-heatmap-adoption"));

    choose(child<QComboBox>(view, "heatmapSort"), QStringLiteral("name"));
    waitForResult(view);
    QStringList names = view->result<HeatmapResult>()->rows;
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    QCOMPARE(names, sorted);

    // By account: a double-click on a row opens that account's page.
    choose(child<QComboBox>(view, "heatmapBy"), QStringLiteral("account"));
    waitForResult(view);
    QVERIFY(view->result<HeatmapResult>()->rows.size() > 10);
    const QString firstRow = view->result<HeatmapResult>()->rows.first();
    QCustomPlot *plot = child<QCustomPlot>(view, "heatmapPlot");
    QTest::mouseDClick(
        plot,
        Qt::LeftButton,
        {},
        QPoint(int(plot->xAxis->coordToPixel(0)), int(plot->yAxis->coordToPixel(0))));
    AccountPage *page = nullptr;
    QTRY_VERIFY((page = view->findChild<AccountPage *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(page->profile() != nullptr, 60000);
    QVERIFY2(firstRow.contains(page->profile()->account.id),
             qPrintable(page->profile()->account.id + " / " + firstRow));
    page->close();
    choose(child<QComboBox>(view, "heatmapBy"), QStringLiteral("industry"));
    waitForResult(view);

    // Dragging one more event adds a column.
    std::unique_ptr<QMimeData> purchase(eventDrag(m_window->catalog(), QStringLiteral("purchase")));
    QVERIFY(dropOn(
        child<QListWidget>(view, "heatmapEvents")->viewport(), purchase.get(), QPoint(10, 10)));
    waitForResult(view);
    QCOMPARE(view->result<HeatmapResult>()->columns.size(), events.size() + 1);
}

void TestViews::abComparisonWithVerdict()
{
    auto *view = open<AbView>(QStringLiteral("Pricing page test: purchases"));
    QVERIFY(view && view->result<AbResult>());
    const QStringList base{QStringLiteral("ab"),
                           m_project,
                           QStringLiteral("--variant-property"),
                           QStringLiteral("pricing_test"),
                           QStringLiteral("--control"),
                           QStringLiteral("A")};
    const QString diff = tableDifference(
        view->resultTable(),
        cli(base + QStringList{QStringLiteral("--conversion"), QStringLiteral("purchase")}));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // Said in words: B converts better and chance would rarely do it (the sample's B lifts
    // purchases).
    const QString verdict = child<QLabel>(view, "abVerdict")->text();
    QVERIFY2(verdict.contains(QStringLiteral("B converts"))
                 && verdict.contains(QStringLiteral("better than A")),
             qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("(p = ")), qPrintable(verdict));
    QVERIFY(child<QLabel>(view, "abWarning")->isHidden());
    saveScreenshot(m_window.get(), QStringLiteral("58-ab-conversion"));

    // The calculator starts from the control's rate; it agrees with quadrant-cli sample-size.
    const double baseline = view->result<AbResult>()->variants.front().rate;
    child<QDoubleSpinBox>(view, "abEffect")->setValue(3.0);
    const auto size = cli({QStringLiteral("sample-size"),
                           QStringLiteral("--baseline"),
                           QString::number(std::round(baseline * 1000) / 1000, 'f', 3),
                           QStringLiteral("--mde"),
                           QStringLiteral("0.03")});
    QVERIFY(size.size() == 2);
    QVERIFY2(child<QLabel>(view, "abSampleSize")
                 ->text()
                 .contains(QLocale().toString(size[1][4].toLongLong())),
             qPrintable(child<QLabel>(view, "abSampleSize")->text() + QStringLiteral(" vs ")
                        + size[1][4]));
    // B is significant with fewer persons than the calculator asks for: the view says what
    // that means instead of seeming to contradict itself, and the sample-ratio check is a
    // sentence.
    QVERIFY2(child<QLabel>(view, "abSampleSize")
                 ->text()
                 .contains(QStringLiteral("significant with fewer persons")),
             qPrintable(child<QLabel>(view, "abSampleSize")->text()));
    QVERIFY2(child<QLabel>(view, "abStatus")
                 ->text()
                 .startsWith(QStringLiteral("Sample ratio check passed")),
             qPrintable(child<QLabel>(view, "abStatus")->text()));
    // Its link opens the guide's explanation.
    emit child<QLabel>(view, "abStatus")
        ->linkActivated(QStringLiteral("guide:analyses.md#sample-ratio-check"));
    GuideDialog *guide = nullptr;
    QTRY_VERIFY((guide = m_window->findChild<GuideDialog *>()) != nullptr);
    QCOMPARE(guide->currentPage(), QStringLiteral("analyses.md"));
    guide->close();

    // A metric instead of a conversion: session duration, Welch's t.
    choose(child<QComboBox>(view, "abMetric"), QStringLiteral("session-duration"));
    waitForResult(view);
    const QString metric = tableDifference(
        view->resultTable(),
        cli(base + QStringList{QStringLiteral("--metric"), QStringLiteral("session-duration")}));
    QVERIFY2(metric.isEmpty(), qPrintable(metric));
    QVERIFY(child<QLabel>(view, "abVerdict")->text().contains(QStringLiteral("scores")));
    QVERIFY2(!child<QDoubleSpinBox>(view, "abEffect")->isEnabled(),
             "the sample-size calculator is for rates, not for a mean");
    saveScreenshot(m_window.get(), QStringLiteral("59-ab-session-duration"));

    // A planned split that the data does not follow raises the sample-ratio warning.
    auto *split = view->findChild<QLineEdit *>(QStringLiteral("abSplit"));
    split->setText(QStringLiteral("80,20"));
    emit split->editingFinished();
    waitForResult(view);
    QVERIFY(!child<QLabel>(view, "abWarning")->isHidden());
    QVERIFY2(child<QLabel>(view, "abWarning")
                 ->text()
                 .contains(QStringLiteral("ratio"), Qt::CaseInsensitive),
             qPrintable(child<QLabel>(view, "abWarning")->text()));
    const QString srm = tableDifference(view->resultTable(),
                                        cli(base
                                            + QStringList{QStringLiteral("--metric"),
                                                          QStringLiteral("session-duration"),
                                                          QStringLiteral("--split"),
                                                          QStringLiteral("80,20")}));
    QVERIFY2(srm.isEmpty(), qPrintable(srm));
    saveScreenshot(m_window.get(), QStringLiteral("60-ab-sample-ratio-mismatch"));
}

void TestViews::abOnAPerPersonResultTable()
{
    // A game's per-player export (one row per player, no time) imported as persons: the variant
    // and the outcomes are person properties, chosen and dragged as a person would.
    const QString path = m_dir.filePath(QStringLiteral("perperson.quadrant"));
    QVERIFY(newProjectWith(
        path, QStringLiteral("persons"), dataPath(QStringLiteral("ab_per_person.csv"))));
    QVERIFY(openAndWait(m_window.get(), path));
    auto *view
        = qobject_cast<AbView *>(m_window->analysisTabs()->createOfKind(QStringLiteral("ab")));
    QVERIFY(view);
    // The variant column reads as what it is, not as a technical name.
    auto *variant = child<QComboBox>(view, "abVariantProperty");
    const int version = variant->findData(QStringLiteral("person.version"));
    QVERIFY(version >= 0);
    QCOMPARE(variant->itemText(version), QStringLiteral("version (person property)"));
    // An event dropped where a property goes is refused, and the status line says why.
    QMimeData event;
    event.setData(QString::fromLatin1(EventCatalogModel::mimeType), "login");
    QVERIFY(!dropOn(variant, &event, QPoint(5, 5)));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("takes a property")),
             qPrintable(m_window->statusBar()->currentMessage()));
    std::unique_ptr<QMimeData> dragged(
        propertyDrag(m_window->catalog(), QStringLiteral("person.version")));
    QVERIFY(dragged);
    QVERIFY(dropOn(variant, dragged.get(), QPoint(5, 5)));
    choose(child<QComboBox>(view, "abMetric"), QStringLiteral("conversion-property"));
    choose(child<QComboBox>(view, "abMetricProperty"), QStringLiteral("retention_7"));
    waitForResult(view); // the variants seen fill the control's list
    choose(child<QComboBox>(view, "abControl"), QStringLiteral("gate_30"));
    waitForResult(view);
    QVERIFY(view->result<AbResult>());
    const QStringList base{QStringLiteral("ab"),
                           path,
                           QStringLiteral("--variant-property"),
                           QStringLiteral("version"),
                           QStringLiteral("--control"),
                           QStringLiteral("gate_30")};
    QString diff = tableDifference(
        view->resultTable(),
        cli(base
            + QStringList{QStringLiteral("--conversion-property"), QStringLiteral("retention_7")}));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // scipy's pooled z-test p for retention_7 (tests/data/ab_per_person.py).
    const AbResult *shown = view->result<AbResult>();
    QCOMPARE(shown->variants.size(), 2);
    QVERIFY(std::abs(shown->variants[1].proportion.pValue - 0.34930130930261305) < 1e-9);
    // The tab says what is compared while nobody has named it.
    QCOMPARE(view->document()->name(), QStringLiteral("Share with retention_7 = yes by version"));
    saveScreenshot(m_window.get(), QStringLiteral("58b-ab-per-person-table"));

    // The mean of a numeric person property: Welch's t, as scipy's ttest_ind(equal_var=False).
    choose(child<QComboBox>(view, "abMetric"), QStringLiteral("metric-property"));
    choose(child<QComboBox>(view, "abMetricProperty"), QStringLiteral("sum_gamerounds"));
    waitForResult(view);
    diff = tableDifference(
        view->resultTable(),
        cli(base
            + QStringList{QStringLiteral("--metric-property"), QStringLiteral("sum_gamerounds")}));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(std::abs(view->result<AbResult>()->variants[1].mean.pValue - 0.9818821050372276)
            < 1e-9);
    QCOMPARE(view->document()->name(),
             QStringLiteral("Mean of sum_gamerounds per person by version"));
    m_window->resize(1024, 700);
    // Scrolled sideways, the table keeps each row's variant in view.
    auto *table = qobject_cast<FrozenTableView *>(child<QTableView>(view, "abTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QVERIFY(table->frozenColumn()->isVisible());
    QCOMPARE(table->frozenColumn()->indexAt(QPoint(5, 5)).data().toString(),
             QStringLiteral("gate_30"));
    QVERIFY(table->columnViewportPosition(0) < 0); // the table's own first column is out of view
    saveScreenshot(m_window.get(), QStringLiteral("58c-ab-per-person-mean-1024"));
    // A name someone chose stays when the metric changes.
    QVERIFY(
        m_window->analysisTabs()->rename(view->document()->name(), QStringLiteral("Cookie cats")));
    choose(child<QComboBox>(view, "abMetric"), QStringLiteral("conversion-property"));
    choose(child<QComboBox>(view, "abMetricProperty"), QStringLiteral("retention_1"));
    waitForResult(view);
    QCOMPARE(view->document()->name(), QStringLiteral("Cookie cats"));
}

void TestViews::timelinesOfPersonAndAccount()
{
    // From a funnel's drop-off list, as a person would: double-click someone.
    auto *funnel = open<FunnelView>(QStringLiteral("Onboarding funnel"));
    QVERIFY(funnel);
    funnel->showDropOff(2);
    DropOffDialog *dialog = nullptr;
    for (DropOffDialog *candidate : funnel->findChildren<DropOffDialog *>())
        if (candidate->isVisible())
            dialog = candidate;
    QVERIFY(dialog);
    waitForIdle(dialog->personList()->runner());
    QCoreApplication::processEvents();
    QVERIFY(!dialog->personList()->personIds().isEmpty());
    const QString person = dialog->personList()->personIds().first();
    // Double-click the first row (QTest's double click wants the click before it).
    PersonTable *table = dialog->personList();
    const QPoint firstRow = table->visualRect(table->model()->index(0, 0)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, firstRow);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, firstRow);
    TimelineDialog *timeline = nullptr;
    QTRY_VERIFY((timeline = m_window->findChild<TimelineDialog *>()) != nullptr);
    waitForIdle(timeline->runner());
    QCoreApplication::processEvents();
    QCOMPARE(timeline->windowTitle(), QStringLiteral("Timeline of %1").arg(person));
    const QString diff = tableDifference(
        timeline->model()->table(),
        cli({QStringLiteral("timeline"), m_project, QStringLiteral("--person"), person}));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(timeline->model()->rowCount() > 0);
    QVERIFY(timeline->factsLabel()->text().contains(person));
    saveScreenshot(timeline, QStringLiteral("61-timeline-person"));
    timeline->close();
    dialog->close();

    // An account with deals: its persons' events with deals and NPS answers interleaved by time.
    QString accountId;
    {
        ProjectStore store;
        QVERIFY(!store.open(m_project, ProjectStore::Access::ReadOnly));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT account_id FROM deals GROUP BY account_id ORDER "
                                          "BY count(*) DESC, account_id LIMIT 1")));
        QVERIFY(query.next());
        accountId = query.value(0).toString();
    }
    const auto accounts
        = cli({QStringLiteral("timeline"), m_project, QStringLiteral("--account"), accountId});
    QVERIFY(accounts.size() > 1);
    TimelineDialog *account = TimelineDialog::open(
        m_window->project()->session(), Timeline::Subject::Account, accountId, m_window.get());
    waitForIdle(account->runner());
    QCoreApplication::processEvents();
    const QString accountDiff = tableDifference(account->model()->table(), accounts);
    QVERIFY2(accountDiff.isEmpty(), qPrintable(accountDiff));
    QVERIFY(account->factsLabel()->text().contains(QStringLiteral("industry")));
    account->filter()->setText(QStringLiteral("deal"));
    saveScreenshot(account, QStringLiteral("62-timeline-account-deals"));
    account->close();
    QSet<QString> kinds;
    for (const QStringList &row : accounts.mid(1))
        kinds.insert(row.value(1));
    QVERIFY2(kinds.contains(QStringLiteral("event")) && kinds.contains(QStringLiteral("deal")),
             qPrintable(QStringList(kinds.values()).join(QLatin1Char(','))));
    for (int r = 2; r < accounts.size(); ++r)
        QVERIFY(accounts[r - 1][0] <= accounts[r][0]);
}

void TestViews::retentionCellListsItsPersons()
{
    auto *view = open<RetentionView>(QStringLiteral("Weekly retention after signup"));
    QVERIFY(view && view->result<RetentionResult>());
    // The second cohort's week 2: click it as a person would.
    RetentionGridModel *model
        = qobject_cast<RetentionGridModel *>(child<QTableView>(view, "retentionGrid")->model());
    const QModelIndex cell = model->index(2, RetentionGridModel::FirstPeriodColumn + 2);
    const auto described = model->cellAt(cell);
    QVERIFY(described && described->cohortStartMs);
    child<QTabWidget>(view, "retentionResultTabs")->setCurrentIndex(0);
    QTest::mouseClick(child<QTableView>(view, "retentionGrid")->viewport(),
                      Qt::LeftButton,
                      {},
                      child<QTableView>(view, "retentionGrid")->visualRect(cell).center());
    PersonListDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view->findChild<PersonListDialog *>()) != nullptr);
    waitForIdle(dialog->runner());
    QCoreApplication::processEvents();
    QCOMPARE(qint64(dialog->persons().size()), described->persons);
    const auto printed = cli({QStringLiteral("retention"),
                              m_project,
                              QStringLiteral("--start"),
                              QStringLiteral("signup"),
                              QStringLiteral("--return"),
                              QStringLiteral("*"),
                              QStringLiteral("--persons-in"),
                              described->rowLabel + QStringLiteral(",2")});
    QStringList expected;
    for (const QStringList &row : printed.mid(1))
        expected << row[0];
    waitForIdle(dialog->personList()->runner());
    QCoreApplication::processEvents();
    const QStringList shown = dialog->personList()->personIds();
    QCOMPARE(shown, expected);
    saveScreenshot(dialog, QStringLiteral("63-retention-cell-persons"));

    // Ctrl+C copies the list for a spreadsheet or an e-mail: all rows, or the selected ones.
    PersonTable *table = dialog->personList();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList copied
        = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(copied.value(0), QStringLiteral("user_id\taccount_id\tevents\tfirst_seen\tlast_seen"));
    QCOMPARE(copied.size(), 1 + int(expected.size()));
    table->selectRow(2);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList one
        = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(one.size(), 2);
    QVERIFY(one[1].startsWith(expected[2] + QLatin1Char('\t')));

    // The pooled row's cell lists each person once.
    const auto pooled = model->cellAt(model->index(0, RetentionGridModel::FirstPeriodColumn + 1));
    QVERIFY(pooled && !pooled->cohortStartMs);
    PersonListDialog *all
        = view->showCellPersons(model->index(0, RetentionGridModel::FirstPeriodColumn + 1));
    waitForIdle(all->runner());
    QCoreApplication::processEvents();
    QCOMPARE(qint64(all->persons().size()),
             pooled->persons); // first-time cohorts: each person once anyway

    // A person of the list opens their timeline.
    emit dialog->personList()->activated(dialog->personList()->model()->index(0, 0));
    QTRY_VERIFY(m_window->findChild<TimelineDialog *>() != nullptr);
    for (TimelineDialog *timeline : m_window->findChildren<TimelineDialog *>())
        timeline->close();
    dialog->close();
    all->close();
}

void TestViews::cliRenderWritesTheTablesTheViewsShow()
{
    // quadrant-cli render computes each saved analysis with the view's own code: same table,
    // and a chart that draws.
    for (const QString &name : {QStringLiteral("Weekly events, front end vs back end"),
                                QStringLiteral("What people do after signing up"),
                                QStringLiteral("Feature adoption by industry"),
                                QStringLiteral("Pricing page test: purchases")}) {
        auto *view = qobject_cast<AnalysisView *>(m_window->analysisTabs()->open(name));
        QVERIFY(view);
        waitForResult(view);
        const QString csv = m_dir.filePath(QStringLiteral("render.csv"));
        const QString windowCsv = m_dir.filePath(QStringLiteral("window.csv"));
        QCOMPARE(QProcess::execute(QStringLiteral(QUADRANT_CLI_PATH),
                                   {QStringLiteral("render"),
                                    m_project,
                                    QStringLiteral("--analysis"),
                                    name,
                                    QStringLiteral("--out"),
                                    csv}),
                 0);
        QVERIFY(!TableExport::write(view->resultTable(), windowCsv));
        QFile a(csv), b(windowCsv);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
        const QString png = m_dir.filePath(QStringLiteral("render.png"));
        QCOMPARE(QProcess::execute(QStringLiteral(QUADRANT_CLI_PATH),
                                   {QStringLiteral("render"),
                                    m_project,
                                    QStringLiteral("--analysis"),
                                    name,
                                    QStringLiteral("--out"),
                                    png}),
                 0);
        QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 700));
    }
}

void TestViews::everyViewExportsItsChartAndTable()
{
    // What File > Export Chart and Export Table write, for each kind of view.
    for (const QString &name : {QStringLiteral("Weekly events, front end vs back end"),
                                QStringLiteral("What people do after signing up"),
                                QStringLiteral("When people are active"),
                                QStringLiteral("Pricing page test: purchases")}) {
        auto *view = qobject_cast<AnalysisView *>(m_window->analysisTabs()->open(name));
        QVERIFY(view);
        waitForResult(view);
        std::unique_ptr<QWidget> chart = view->createChartForExport();
        QVERIFY2(chart, qPrintable(name));
        for (const QString &suffix :
             {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
            const QString file = m_dir.filePath(QStringLiteral("chart.") + suffix);
            const auto failure = ChartExport::write(chart.get(), file, QSize(900, 500), 96);
            QVERIFY2(!failure, qPrintable(failure ? failure->toString() : QString()));
            QVERIFY2(QFileInfo(file).size() > 2000, qPrintable(name + QLatin1Char(' ') + suffix));
        }
        QFile svg(m_dir.filePath(QStringLiteral("chart.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY2(svg.readAll().contains("<text"),
                 "charts export text as text, not as a picture of it");
        const QString xlsx = m_dir.filePath(QStringLiteral("table.xlsx"));
        QVERIFY(!TableExport::write(view->resultTable(), xlsx));
        QVERIFY(QFileInfo(xlsx).size() > 1000);
    }
}

void TestViews::darkAppearanceReachesEveryChart()
{
    // View > Dark Appearance redraws every open chart on the dark palette, QCustomPlot and
    // QPainter ones included.
    QAction *dark = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>())
        if (action->text() == QStringLiteral("&Dark Appearance"))
            dark = action;
    QVERIFY(dark && dark->isCheckable());
    dark->trigger();
    const QColor base = QApplication::palette().color(QPalette::Base);
    QVERIFY(base.lightness() < 100);
    struct Shot
    {
        QString analysis, screenshot;
    };
    for (const Shot &shot :
         {Shot{QStringLiteral("Feature adoption by industry"), QStringLiteral("64-dark-adoption")},
          Shot{QStringLiteral("What people do after signing up"), QStringLiteral("65-dark-paths")},
          Shot{QStringLiteral("Pricing page test: purchases"), QStringLiteral("66-dark-ab")}}) {
        auto *view = qobject_cast<AnalysisView *>(m_window->analysisTabs()->open(shot.analysis));
        QVERIFY(view);
        waitForResult(view);
        std::unique_ptr<QWidget> chart = view->createChartForExport();
        const QImage image = ChartExport::image(chart.get(), QSize(600, 400));
        // A corner of the chart is its background: the dark base, not white.
        QVERIFY2(image.pixelColor(3, image.height() - 3).lightness() < 100,
                 qPrintable(shot.analysis));
        saveScreenshot(m_window.get(), shot.screenshot);
    }
    dark->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 200);
}

void TestViews::unreadableDefinitionIsShownNotOverwritten()
{
    // A trend saved by a newer Quadrant with a measure this one does not know.
    QJsonObject future = TrendJson::toJson(TrendQuery());
    future[QStringLiteral("event")] = QStringLiteral("login");
    future[QStringLiteral("measure")] = QStringLiteral("median:amount");
    {
        ProjectStore store;
        QVERIFY(!store.openAlongside(m_project, ProjectStore::Access::ReadWrite));
        QVERIFY(!SavedAnalysisStore::save(store, QStringLiteral("From a newer Quadrant"), future));
    }
    auto *view = m_window->analysisTabs()->open(QStringLiteral("From a newer Quadrant"));
    QVERIFY(view);
    waitForResult(view);
    auto *empty = view->findChild<QLabel *>(QStringLiteral("trendEmptyState"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("cannot be read"))
                 && empty->text().contains(QStringLiteral("measure")),
             qPrintable(empty->text()));
    QVERIFY(view->resultTable().rows.isEmpty());
    // Closing the tab (which would save an edited one) must leave the definition as it was.
    const int tab = m_window->analysisTabs()->indexOf(view);
    QVERIFY(tab > 0);
    emit m_window->analysisTabs()->tabCloseRequested(tab);
    QCOMPARE(m_window->analysisTabs()->indexOf(view), -1);
    ProjectStore store;
    QVERIFY(!store.openAlongside(m_project, ProjectStore::Access::ReadOnly));
    const auto saved = SavedAnalysisStore::load(store, QStringLiteral("From a newer Quadrant"));
    QVERIFY(saved);
    QCOMPARE(saved->definition, future);
}

void TestViews::everyViewOnDayLevelDataAtTwoSizes()
{
    // An export with dates only (no time of day), long event names and a variant per person:
    // each kind computes, and is drawn at 1024x700 and 1920x1080 for the eye.
    const QString path = m_dir.filePath(QStringLiteral("days.quadrant"));
    const QString csv = m_dir.filePath(QStringLiteral("days.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("user_id,event,date,variant\n");
        const char *steps[] = {"viewed_product_detail_page",
                               "added_item_to_shopping_cart",
                               "started_checkout_payment",
                               "completed_checkout_payment"};
        for (int person = 0; person < 240; ++person) {
            const int day = 1 + person % 28;
            const int reached = person % 7 == 0 ? 4 : person % 3 == 0 ? 3 : person % 2 ? 2 : 1;
            for (int s = 0; s < reached; ++s)
                file.write(QStringLiteral("p%1,%2,2024-02-%3,%4\n")
                               .arg(person)
                               .arg(QString::fromLatin1(steps[s]))
                               .arg(std::min(day + s, 29), 2, 10, QLatin1Char('0'))
                               .arg(person % 2 ? QStringLiteral("B") : QStringLiteral("A"))
                               .toUtf8());
        }
    }
    QVERIFY(newProjectWith(path, QStringLiteral("events"), csv));
    QVERIFY(openAndWait(m_window.get(), path));
    const QStringList steps{QStringLiteral("viewed_product_detail_page"),
                            QStringLiteral("added_item_to_shopping_cart"),
                            QStringLiteral("started_checkout_payment"),
                            QStringLiteral("completed_checkout_payment")};
    const QList<std::pair<QString, QJsonObject>> analyses{
        {QStringLiteral("funnel"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("funnel")},
                     {QStringLiteral("steps"), QJsonArray::fromStringList(steps)},
                     {QStringLiteral("window_ms"), 7 * 86400000.0}}},
        {QStringLiteral("retention"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("retention")},
                     {QStringLiteral("start"), steps[0]},
                     {QStringLiteral("return"), QStringLiteral("*")},
                     {QStringLiteral("period"), QStringLiteral("day")},
                     {QStringLiteral("periods"), 7}}},
        {QStringLiteral("trend"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("trend")},
                     {QStringLiteral("event"), QStringLiteral("*")},
                     {QStringLiteral("interval"), QStringLiteral("day")},
                     {QStringLiteral("measure"), QStringLiteral("persons")},
                     {QStringLiteral("breakdown"), QStringLiteral("event.variant")},
                     {QStringLiteral("compare"), true}}},
        {QStringLiteral("paths"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("paths")},
                     {QStringLiteral("anchor"), steps[0]},
                     {QStringLiteral("direction"), QStringLiteral("after")},
                     {QStringLiteral("depth"), 3}}},
        {QStringLiteral("heatmap"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("heatmap")},
                     {QStringLiteral("heatmap"), QStringLiteral("activity")}}},
        {QStringLiteral("ab"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("ab")},
                     {QStringLiteral("variantProperty"), QStringLiteral("variant")},
                     {QStringLiteral("control"), QStringLiteral("A")},
                     {QStringLiteral("metric"), QStringLiteral("conversion")},
                     {QStringLiteral("conversion"), steps[3]}}}};
    for (const auto &[kind, definition] : analyses) {
        AnalysisView *view = m_window->analysisTabs()->create(kind, definition);
        QVERIFY2(view, qPrintable(kind));
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            m_window->resize(size);
            waitForResult(view);
            QVERIFY2(view->outcome().result, qPrintable(kind + QStringLiteral(": no result")));
            saveScreenshot(m_window.get(),
                           QStringLiteral("80-days-%1-%2").arg(kind).arg(size.width()));
            // Tables keep their first column whole in view, the overlay as wide as the column.
            if (auto *table = view->findChild<FrozenTableView *>())
                QCOMPARE(table->frozenColumn()->columnWidth(0), table->columnWidth(0));
        }
        // A day between any two events ends every 30-minute session: the view says what to do.
        if (kind == QLatin1String("funnel")) {
            // Every converter took three days: one bucket of the histogram holds them all.
            child<QTabWidget>(view, "funnelResultTabs")->setCurrentIndex(2);
            saveScreenshot(m_window.get(), QStringLiteral("80-days-funnel-time-to-convert"));
            child<QTabWidget>(view, "funnelResultTabs")->setCurrentIndex(0);
        }
        // Drawings a screen reader cannot see say what they show.
        if (kind == QLatin1String("paths"))
            QVERIFY(view->findChild<SankeyWidget *>()->accessibleDescription().contains(
                QStringLiteral("240 sequences")));
        if (kind == QLatin1String("heatmap"))
            QVERIFY(!child<QCustomPlot>(view, "heatmapPlot")->accessibleName().isEmpty());
        if (kind == QLatin1String("heatmap"))
            QVERIFY2(child<QLabel>(view, "heatmapStatus")->text().contains(QStringLiteral("00:00")),
                     qPrintable(child<QLabel>(view, "heatmapStatus")->text()));
        if (kind == QLatin1String("paths"))
            QVERIFY2(child<QLabel>(view, "pathsStatus")
                         ->text()
                         .contains(QStringLiteral("Every session ended")),
                     qPrintable(child<QLabel>(view, "pathsStatus")->text()));
    }
}

void TestViews::viewsOnAProjectWithoutCrmData()
{
    // Six events of two persons and nothing else: every view computes or says why, none fails.
    const QString path = m_dir.filePath(QStringLiteral("tiny.quadrant"));
    const QString csv = m_dir.filePath(QStringLiteral("tiny.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("user_id,event,time,source,variant\n"
                   "u1,signup,2026-03-02T09:00:00Z,web,A\n"
                   "u1,login,2026-03-02T09:05:00Z,app,\n"
                   "u1,purchase,2026-03-09T10:00:00Z,server,\n"
                   "u2,signup,2026-03-03T11:00:00Z,web,B\n"
                   "u2,login,2026-03-03T11:01:00Z,app,\n"
                   "u2,login,2026-03-10T12:00:00Z,app,\n");
    }
    QVERIFY(newProjectWith(path, QStringLiteral("events"), csv));
    MainWindow window;
    window.setInteractive(false);
    window.resize(1100, 700);
    window.show();
    QVERIFY(openAndWait(&window, path));

    auto *trend
        = qobject_cast<TrendView *>(window.analysisTabs()->createOfKind(QStringLiteral("trend")));
    choose(child<QComboBox>(trend, "trendEvent"), QStringLiteral("login"));
    waitForResult(trend);
    QVERIFY(trend->result<TrendResult>());
    auto *paths
        = qobject_cast<PathsView *>(window.analysisTabs()->createOfKind(QStringLiteral("paths")));
    choose(child<QComboBox>(paths, "pathsAnchor"), QStringLiteral("signup"));
    waitForResult(paths);
    QVERIFY(paths->result<PathResult>());
    QCOMPARE(paths->result<PathResult>()->sequences, 2);
    // No accounts: adoption by industry has no rows, and says so instead of drawing garbage.
    auto *heatmap = qobject_cast<HeatmapView *>(
        window.analysisTabs()->createOfKind(QStringLiteral("heatmap")));
    waitForResult(heatmap);
    QVERIFY(heatmap->result<HeatmapResult>());
    choose(child<QComboBox>(heatmap, "heatmapKind"), QStringLiteral("adoption"));
    waitForResult(heatmap);
    QVERIFY(heatmap->result<HeatmapResult>());
    QCOMPARE(heatmap->result<HeatmapResult>()->rows.size(), 0);
    auto *empty = heatmap->findChild<QLabel *>(QStringLiteral("heatmapEmptyState"));
    QVERIFY2(empty && empty->isVisible()
                 && empty->text().contains(QStringLiteral("Import accounts")),
             qPrintable(empty->text()));
    auto *ab = qobject_cast<AbView *>(window.analysisTabs()->createOfKind(QStringLiteral("ab")));
    choose(child<QComboBox>(ab, "abVariantProperty"), QStringLiteral("event.variant"));
    choose(child<QComboBox>(ab, "abConversion"), QStringLiteral("purchase"));
    waitForResult(ab);
    QVERIFY(ab->result<AbResult>());
    QCOMPARE(ab->result<AbResult>()->variants.size(), 2);
    QVERIFY2(!child<QLabel>(ab, "abWarning")->isHidden(),
             "two persons are far too few, and the view says so");
    // A person without CRM records still has a timeline.
    TimelineDialog *timeline = TimelineDialog::open(
        window.project()->session(), Timeline::Subject::Person, QStringLiteral("u1"), &window);
    waitForIdle(timeline->runner());
    QCoreApplication::processEvents();
    QCOMPARE(timeline->model()->rowCount(), 3);
    timeline->close();
    saveScreenshot(&window, QStringLiteral("69-tiny-project-ab"));
}

namespace {
int pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.readAll();
    return int(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r")
               + bytes.count("/Type /Page/") + bytes.count("/Type /Page>"));
}
} // namespace

void TestViews::printableReports()
{
    // quadrant-cli report: a cover and a page per saved analysis.
    const QString all = m_dir.filePath(QStringLiteral("all.pdf"));
    // Every saved analysis that can be drawn; the new ones of earlier tests without an event
    // chosen are left out (and named on stderr).
    QProcess process;
    process.start(QStringLiteral(QUADRANT_CLI_PATH),
                  {QStringLiteral("report"), m_project, QStringLiteral("--out"), all});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const int leftOut = int(process.readAllStandardError().count("left out of the report"));
    const int saved = int(cli({QStringLiteral("analyses"), m_project}).size()) - 1;
    QCOMPARE(pdfPages(all), 1 + saved - leftOut);
    QVERIFY(saved - leftOut >= 9);
    const QString two = m_dir.filePath(QStringLiteral("two.pdf"));
    QCOMPARE(QProcess::execute(QStringLiteral(QUADRANT_CLI_PATH),
                               {QStringLiteral("report"),
                                m_project,
                                QStringLiteral("--out"),
                                two,
                                QStringLiteral("--analysis"),
                                QStringLiteral("Onboarding funnel"),
                                QStringLiteral("--analysis"),
                                QStringLiteral("Feature adoption by industry")}),
             0);
    QCOMPARE(pdfPages(two), 3);
    QVERIFY(QFileInfo(two).size() > 20000);
    // A name that is not saved: exit 1, nothing written.
    const QString none = m_dir.filePath(QStringLiteral("none.pdf"));
    QCOMPARE(QProcess::execute(QStringLiteral(QUADRANT_CLI_PATH),
                               {QStringLiteral("report"),
                                m_project,
                                QStringLiteral("--out"),
                                none,
                                QStringLiteral("--analysis"),
                                QStringLiteral("No such analysis")}),
             1);
    QVERIFY(!QFile::exists(none));

    // File > Export Report: the open tabs, in tab order.
    const QString window = m_dir.filePath(QStringLiteral("window.pdf"));
    QVERIFY(exportReport(m_window.get(), window));
    int drawn = 0;
    for (int i = 0; i < m_window->analysisTabs()->count(); ++i)
        if (auto *view = qobject_cast<AnalysisView *>(m_window->analysisTabs()->widget(i)))
            drawn += view->createChartForExport() ? 1 : 0;
    QVERIFY(drawn >= 4);
    QCOMPARE(pdfPages(window), 1 + drawn);
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
