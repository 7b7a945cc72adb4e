// SPDX-License-Identifier: MIT
#include "item/eventcatalogmodel.h"
#include "item/tablecountsmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>

using namespace Quadrant;

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    void tableCounts();
    void eventCatalogDragsEventNames();
};

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

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
