// SPDX-License-Identifier: MIT
#include "analysis/funneljson.h"
#include "document/analysisdocument.h"
#include "item/eventcatalogmodel.h"
#include "item/funnelstepsmodel.h"
#include "item/propertycatalogmodel.h"
#include "item/recordtablemodel.h"
#include "item/retentiongridmodel.h"
#include "item/tablecountsmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Quadrant;

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    void tableCounts();
    void eventCatalogDragsEventNames();
    void propertyCatalogDragsQualifiedNames();
    void recordTableFollowsItsTable();
    void retentionGridPoolsAndLeavesFutureCellsEmpty();
    void funnelStepsFollowTheirDocument();
    void funnelStepsTakeDropsAndMoves();
    void funnelStepsRefuseWhatTheyCannotUse();
};

namespace {

QStringList stepsOf(const FunnelStepsModel &model)
{
    QStringList steps;
    for (int row = 0; row < model.rowCount(); ++row)
        steps << model.index(row).data(FunnelStepsModel::SelectorRole).toString();
    return steps;
}

std::unique_ptr<QMimeData> catalogDrag(const QString &events)
{
    auto mime = std::make_unique<QMimeData>();
    mime->setData(QString::fromLatin1(EventCatalogModel::mimeType), events.toUtf8());
    return mime;
}

QJsonObject funnelOf(const QStringList &steps)
{
    FunnelQuery query;
    for (const QString &step : steps)
        query.steps << *EventSelector::parse(step);
    return FunnelJson::toJson(query);
}

} // namespace

void TestItemModels::tableCounts()
{
    TableCountsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounts({{QStringLiteral("events"), 1234567}, {QStringLiteral("nps"), 3}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("NPS answers"));
    QCOMPARE(model.index(0, 1).data(TableCountsModel::RawValueRole).toLongLong(), 1234567);
    model.setCounts({});
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::eventCatalogDragsEventNames()
{
    EventCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents({{QStringLiteral("signup"), 100, 90}, {QStringLiteral("purchase"), 10, 9}});
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(1, 0), model.index(1, 1)}));
    QCOMPARE(mime->text(), QStringLiteral("purchase"));
    QCOMPARE(mime->data(QString::fromLatin1(EventCatalogModel::mimeType)), QByteArray("purchase"));
    QCOMPARE(model.index(0, EventCatalogModel::PersonsColumn)
                 .data(EventCatalogModel::RawValueRole)
                 .toLongLong(),
             90);
}

void TestItemModels::propertyCatalogDragsQualifiedNames()
{
    PropertyCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProperties({{QStringLiteral("plan"), true, 300}, {QStringLiteral("page"), false, 42}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(PropertyCatalogModel::ColumnCount));
    QCOMPARE(model.index(0, 0).data(PropertyCatalogModel::QualifiedNameRole).toString(),
             QStringLiteral("person.plan"));
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(1, 0)}));
    QVERIFY(mime);
    QCOMPARE(mime->data(QString::fromLatin1(PropertyCatalogModel::mimeType)),
             QByteArray("event.page"));
    model.setProperties({});
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::recordTableFollowsItsTable()
{
    RecordTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable({{QStringLiteral("step"), QStringLiteral("persons"), QStringLiteral("rate")},
                    {{1, qint64(1200), 0.5}, {2, qint64(300), QVariant()}}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QVERIFY(!model.headerData(2, Qt::Horizontal).toString().isEmpty());
    QVERIFY(model.index(0, 2).data().toString().contains(QLatin1String("50")));
    QCOMPARE(model.index(1, 2).data().toString(), QString()); // no value: an empty cell
    // A table of another shape replaces it whole.
    model.setTable({{QStringLiteral("user_id")}, {{QStringLiteral("u1")}}});
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("u1"));
    model.setTable({});
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::retentionGridPoolsAndLeavesFutureCellsEmpty()
{
    RetentionGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RetentionQuery query;
    query.periods = 2;
    RetentionResult result;
    RetentionGroup group;
    group.cohorts = {{0, 10, {10, 5, 2}}, {7 * 86400000LL, 4, {4, 1}}};
    group.summaryPersons = {14, 6, 2};
    group.summaryCohortSize = {14, 14, 10};
    group.summaryRate = {1.0, 6.0 / 14.0, 0.2};
    result.groups = {group};
    model.setResult(query, result);
    QCOMPARE(model.rowCount(), 3); // the pooled row on top, then the cohorts
    QCOMPARE(model.columnCount(), RetentionGridModel::FirstPeriodColumn + 3);
    const QModelIndex pooled = model.index(0, RetentionGridModel::FirstPeriodColumn + 1);
    QCOMPARE(pooled.data(RetentionGridModel::PersonsRole).toLongLong(), 6);
    QVERIFY(!model.cellAt(pooled)->cohortStartMs);
    const QModelIndex later = model.index(2, RetentionGridModel::FirstPeriodColumn + 1);
    QCOMPARE(model.cellAt(later)->cohortStartMs, std::optional<qint64>(7 * 86400000LL));
    QCOMPARE(model.cellAt(later)->persons, 1);
    // The second cohort's period 2 has not happened: empty, not 0 %.
    const QModelIndex future = model.index(2, RetentionGridModel::FirstPeriodColumn + 2);
    QVERIFY(future.data().toString().isEmpty());
    QVERIFY(!future.data(RetentionGridModel::RateRole).isValid());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::funnelStepsFollowTheirDocument()
{
    AnalysisDocument document(QStringLiteral("Signup"), funnelOf({"signup", "purchase"}));
    FunnelStepsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    QCOMPARE(stepsOf(model), QStringList({"signup", "purchase"}));
    QVERIFY(model.index(0).data().toString().startsWith(QLatin1String("1. signup")));

    model.insertSteps(1, {QStringLiteral("activated")});
    model.setStep(2, *EventSelector::parse(QStringLiteral("purchase[plan=pro]")));
    model.removeStep(0);
    QCOMPARE(stepsOf(model), QStringList({"activated", "purchase[plan=pro]"}));
    QCOMPARE(document.undoStack()->count(), 3); // each edit one undo step
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Remove step signup"));

    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(stepsOf(model), QStringList({"signup", "activated", "purchase"}));
    document.undoStack()->redo();
    QCOMPARE(stepsOf(model), QStringList({"signup", "activated", "purchase[plan=pro]"}));
    // The document's definition is the truth: an edit made elsewhere shows here too.
    document.edit(funnelOf({"login"}), QStringLiteral("Replace"));
    QCOMPARE(stepsOf(model), QStringList({"login"}));
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::funnelStepsTakeDropsAndMoves()
{
    AnalysisDocument document(QStringLiteral("Signup"), funnelOf({"signup", "purchase"}));
    FunnelStepsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);

    // Events dragged from the catalog land where they are dropped: between rows, on a row
    // (taking its place) or below the last row (appended).
    auto events = catalogDrag(QStringLiteral("onboarding_done\nactivated"));
    QVERIFY(model.canDropMimeData(events.get(), Qt::CopyAction, 1, 0, QModelIndex()));
    QVERIFY(model.dropMimeData(events.get(), Qt::CopyAction, 1, 0, QModelIndex()));
    QCOMPARE(stepsOf(model), QStringList({"signup", "onboarding_done", "activated", "purchase"}));
    QVERIFY(model.dropMimeData(
        catalogDrag(QStringLiteral("login")).get(), Qt::CopyAction, -1, -1, model.index(0)));
    QCOMPARE(stepsOf(model).first(), QStringLiteral("login"));
    QVERIFY(model.dropMimeData(
        catalogDrag(QStringLiteral("churn")).get(), Qt::CopyAction, -1, -1, QModelIndex()));
    QCOMPARE(stepsOf(model).last(), QStringLiteral("churn"));

    // A step dragged within the list moves: the last step onto the first row.
    std::unique_ptr<QMimeData> step(model.mimeData({model.index(5)}));
    QCOMPARE(step->text(), QStringLiteral("churn"));
    QVERIFY(model.dropMimeData(step.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    QCOMPARE(stepsOf(model),
             QStringList({"churn", "login", "signup", "onboarding_done", "activated", "purchase"}));
    // Dragged down past the next row: it lands before the row it was dropped on.
    step.reset(model.mimeData({model.index(0)}));
    QVERIFY(model.dropMimeData(step.get(), Qt::MoveAction, 2, 0, QModelIndex()));
    QCOMPARE(stepsOf(model).mid(0, 3), QStringList({"login", "churn", "signup"}));
    QCOMPARE(document.undoStack()->count(), 5);
    QCOMPARE(model.supportedDragActions(), Qt::CopyAction); // the view must not remove rows
}

void TestItemModels::funnelStepsRefuseWhatTheyCannotUse()
{
    FunnelStepsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto events = catalogDrag(QStringLiteral("signup"));
    QVERIFY(!model.canDropMimeData(events.get(), Qt::CopyAction, 0, 0, QModelIndex()));
    QVERIFY(!model.dropMimeData(events.get(), Qt::CopyAction, 0, 0, QModelIndex()));

    AnalysisDocument document(QStringLiteral("Signup"), funnelOf({"signup", "purchase"}));
    model.setDocument(&document);
    QMimeData text;
    text.setText(QStringLiteral("signup"));
    QVERIFY(!model.canDropMimeData(&text, Qt::CopyAction, 0, 0, QModelIndex()));
    // A selector that does not parse adds nothing and leaves no empty undo step.
    model.insertSteps(0, {QStringLiteral("broken[")});
    QCOMPARE(stepsOf(model), QStringList({"signup", "purchase"}));
    QCOMPARE(document.undoStack()->count(), 0);
    // Moves and removals outside the list change nothing.
    model.moveStep(7, 0);
    model.removeStep(-1);
    model.moveStep(0, 1); // onto itself
    QCOMPARE(document.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
