// SPDX-License-Identifier: MIT
#include "analysis/eventindex.h"
#include "import/importjob.h"
#include "jobs/jobcontext.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace Quadrant;
using namespace Quadrant::Test;

class TestEventIndex : public QObject
{
    Q_OBJECT
private slots:
    void personsInTimeOrderWithTiesInImportOrder();
    void aliasesMergePersons();
    void laterImportsKeepTimeAndImportOrder();
    void properties();
    void eventNameCountsEqualTheEventsTable();

private:
    void import(ProjectStore &store, ImportKind kind, const QByteArray &csv);
    QTemporaryDir m_dir;
};

void TestEventIndex::import(ProjectStore &store, ImportKind kind, const QByteArray &csv)
{
    const QString file = m_dir.filePath(QStringLiteral("in.csv"));
    writeFile(file, csv);
    ImportRequest request;
    request.kind = kind;
    request.file = file;
    request.time.format = TimeFormat::EpochMillis;
    JobContext context;
    const ImportOutcome outcome = ImportJob::run(store, request, context);
    QVERIFY2(!outcome.failure,
             qPrintable(outcome.failure ? outcome.failure->toString() : QString()));
}

void TestEventIndex::personsInTimeOrderWithTiesInImportOrder()
{
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir, QStringLiteral("order.quadrant"))));
    import(store,
           ImportKind::Events,
           "user_id,event,time\nu1,c,300\nu2,x,100\nu1,a,100\nu1,b,100\nu1,z,50\n");
    JobContext context;
    const auto index = EventIndex::build(store, context);
    QCOMPARE(index->personCount(), 2);
    QCOMPARE(index->eventCount(), 5);
    int u1 = index->personId(0) == QLatin1String("u1") ? 0 : 1;
    QStringList names;
    for (qint64 p = index->begin(u1); p < index->end(u1); ++p)
        names << index->eventNames()[int(index->names()[size_t(p)])];
    QCOMPARE(names, (QStringList{"z", "a", "b", "c"})); // a and b tie at 100: import order
    QCOMPARE(index->firstEventTime(), 50);
    QCOMPARE(index->lastEventTime(), 300);
}

void TestEventIndex::aliasesMergePersons()
{
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir, QStringLiteral("alias.quadrant"))));
    import(store, ImportKind::Events, "user_id,event,time\nanon,view,10\nu1,signup,20\n");
    import(store, ImportKind::Aliases, "alias,user_id\nanon,u1\n");
    JobContext context;
    const auto index = EventIndex::build(store, context);
    QCOMPARE(index->personCount(), 1);
    QCOMPARE(index->personId(0), QStringLiteral("u1"));
    QCOMPARE(index->end(0) - index->begin(0), 2);
}

void TestEventIndex::laterImportsKeepTimeAndImportOrder()
{
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir, QStringLiteral("runs.quadrant"))));
    import(store,
           ImportKind::Events,
           "user_id,event,time,source,plan\nu1,a,10,web,pro\nu2,b,20,app,\nu1,c,5,,free\n");
    // A second import (a second run of blocks) with a time between, and one equal to, the
    // first import's times: equal times keep import order.
    import(store, ImportKind::Events, "user_id,event,time,plan\nu1,d,10,team\nu3,a,30,\nu1,e,7,\n");
    JobContext context;
    const auto index = EventIndex::open(store, context);
    QVERIFY(index);
    QCOMPARE(index->eventCount(), 6);
    QCOMPARE(index->personCount(), 3);
    QStringList u1;
    const auto plan = index->eventProperty(store, QStringLiteral("plan"));
    for (qint64 i = index->begin(0); i < index->end(0); ++i)
        u1 << index->eventNames()[int(index->names()[size_t(i)])] + QLatin1Char(':')
                  + plan->valueOf(plan->codes[size_t(i)]);
    QCOMPARE(u1.join(QLatin1Char(' ')), QStringLiteral("c:free e: a:pro d:team"));
    QCOMPARE(index->sourceNames()[index->sources()[size_t(index->begin(0) + 2)]],
             QStringLiteral("web"));
}

void TestEventIndex::properties()
{
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir, QStringLiteral("props.quadrant"))));
    import(
        store, ImportKind::Events, "user_id,event,time,plan\nu1,a,10,pro\nu1,b,20,\nu2,a,5,free\n");
    import(store, ImportKind::Persons, "user_id,role\nu1,admin\n");
    JobContext context;
    const auto index = EventIndex::build(store, context);
    const auto plan = index->eventProperty(store, QStringLiteral("plan"));
    QStringList values;
    for (qint64 p = 0; p < index->eventCount(); ++p)
        values << plan->valueOf(plan->codes[size_t(p)]);
    QCOMPARE(values.count(QStringLiteral("pro")), 1);
    QCOMPARE(values.count(QString()), 1);
    const auto role = index->personProperty(store, QStringLiteral("role"));
    const int u1 = index->personId(0) == QLatin1String("u1") ? 0 : 1;
    QCOMPARE(role->valueOf(role->codes[size_t(u1)]), QStringLiteral("admin"));
    QCOMPARE(role->codes[size_t(1 - u1)], 0u);
}

void TestEventIndex::eventNameCountsEqualTheEventsTable()
{
    // The catalog's counts come from the index; they must equal a count over the events table,
    // persons through One-ID (the alias joins anon's view to u1).
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir, QStringLiteral("counts.quadrant"))));
    import(store,
           ImportKind::Events,
           "user_id,event,time\nanon,view,10\nu1,signup,20\nu1,view,30\nu1,view,40\nu2,view,50\nu2,"
           "buy,60\n");
    import(store, ImportKind::Aliases, "alias,user_id\nanon,u1\n");
    JobContext context;
    const auto index = EventIndex::build(store, context);
    QVector<EventNameCount> expected;
    decodeEventsForSql(store, QStringLiteral("events"));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT n.name, count(*), count(DISTINCT i.person_id) FROM events e JOIN identities i ON "
        "i.id = e.identity_id "
        "JOIN event_names n ON n.id = e.event_id GROUP BY n.name ORDER BY count(*) DESC, n.name")));
    while (query.next())
        expected.append(
            {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    const QVector<EventNameCount> counts = index->eventNameCounts();
    QCOMPARE(counts.size(), expected.size());
    for (int i = 0; i < counts.size(); ++i) {
        QCOMPARE(counts[i].name, expected[i].name);
        QCOMPARE(counts[i].events, expected[i].events);
        QCOMPARE(counts[i].persons, expected[i].persons);
    }
    QCOMPARE(counts.first().name, QStringLiteral("view"));
    QCOMPARE(counts.first().events, 4);
    QCOMPARE(counts.first().persons, 2);
}

QTEST_GUILESS_MAIN(TestEventIndex)
#include "tst_eventindex.moc"
