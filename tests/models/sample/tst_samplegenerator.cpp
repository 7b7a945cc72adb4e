// SPDX-License-Identifier: MIT
#include "jobs/jobcontext.h"
#include "sample/samplegenerator.h"
#include "testsupport.h"

#include <QTest>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

// A fingerprint of everything the generator wrote (ids excluded: they follow insertion order).
QString fingerprint(const ProjectStore &store)
{
    QStringList parts;
    for (const TableCount &count : store.tableCounts())
        parts << count.table + QLatin1Char('=') + QString::number(count.rows);
    parts << scalar(store, QStringLiteral("SELECT sum(ts % 1000003) FROM events")).toString();
    parts << scalar(store, QStringLiteral("SELECT sum(length(properties)) FROM events")).toString();
    parts << scalar(store,
                    QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM accounts "
                                   "ORDER BY account_id)"))
                 .toString();
    return parts.join(QLatin1Char(' '));
}

QString generate(const QTemporaryDir &dir, const QString &name, SampleOptions options)
{
    ProjectStore store;
    const auto openFailure = store.open(newProject(dir, name));
    if (openFailure)
        return openFailure->toString();
    JobContext context;
    if (const auto failure = SampleGenerator(options).generate(store, context))
        return failure->toString();
    return fingerprint(store);
}

} // namespace

class TestSampleGenerator : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameData();
    void tellsTheWholeStory();
    void refusesAProjectWithData();

private:
    QTemporaryDir m_dir;
};

void TestSampleGenerator::sameSeedSameData()
{
    const SampleOptions small{400, 7};
    const QString a = generate(m_dir, QStringLiteral("a.quadrant"), small);
    const QString b = generate(m_dir, QStringLiteral("b.quadrant"), small);
    QCOMPARE(a, b);
    const QString c = generate(m_dir, QStringLiteral("c.quadrant"), {400, 8});
    QVERIFY(a != c);
}

void TestSampleGenerator::tellsTheWholeStory()
{
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir, QStringLiteral("story.quadrant"))));
    JobContext context;
    QVERIFY(!SampleGenerator().generate(store, context));
    auto count = [&](const QString &sql) { return scalar(store, sql).toLongLong(); };
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM accounts")), 300);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM persons")), 3000);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT industry) FROM accounts")), 8);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(DISTINCT json_extract(properties, '$.role')) FROM persons")),
             6);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sources")), 3);
    // 90 days of events, every funnel step present and decaying.
    QCOMPARE(count(QStringLiteral("SELECT (max(ts) - min(ts)) / 86400000 FROM events")), 89);
    QStringList steps{QStringLiteral("signup"),
                      QStringLiteral("onboarding_done"),
                      QStringLiteral("activated"),
                      QStringLiteral("invited_teammate"),
                      QStringLiteral("purchase")};
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QString &step : steps) {
        const qint64 persons = count(
            QStringLiteral("SELECT count(DISTINCT i.person_id) FROM events e JOIN identities i "
                           "ON i.id = e.identity_id JOIN event_names n ON n.id = e.event_id "
                           "WHERE n.name = '%1'")
                .arg(step));
        QVERIFY2(persons > 20 && persons < previous, qPrintable(step));
        previous = persons;
    }
    // The A/B property splits roughly in half; One-ID merged anonymous visitors.
    const qint64 a = count(QStringLiteral(
        "SELECT count(*) FROM events WHERE json_extract(properties, '$.pricing_test') = 'A'"));
    const qint64 b = count(QStringLiteral(
        "SELECT count(*) FROM events WHERE json_extract(properties, '$.pricing_test') = 'B'"));
    QVERIFY(a > 500 && b > 500);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM identities"))
            > count(QStringLiteral("SELECT count(*) FROM persons")));
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM spend")) >= 90 * 4);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM deals WHERE stage = 'closed_won'")) > 10);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM leads")) > 100);
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT score) FROM nps")) >= 8);
    // Weekdays are busier than weekends (the activity heatmap has a shape).
    const qint64 weekday
        = count(QStringLiteral("SELECT count(*) FROM events WHERE ((ts / 86400000) + 3) % 7 < 5"));
    const qint64 weekend
        = count(QStringLiteral("SELECT count(*) FROM events WHERE ((ts / 86400000) + 3) % 7 >= 5"));
    QVERIFY(weekday / 5 > 2 * weekend / 2);
}

void TestSampleGenerator::refusesAProjectWithData()
{
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir, QStringLiteral("twice.quadrant"))));
    JobContext context;
    QVERIFY(!SampleGenerator({50, 1}).generate(store, context));
    const auto failure = SampleGenerator({50, 1}).generate(store, context);
    QVERIFY(failure);
    QVERIFY(failure->message.contains(QLatin1String("already holds data")));
}

QTEST_GUILESS_MAIN(TestSampleGenerator)
#include "tst_samplegenerator.moc"
