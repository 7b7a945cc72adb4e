// SPDX-License-Identifier: MIT
#include "analysis/calendar.h"

#include <QTest>

using namespace Quadrant;

class TestCalendar : public QObject
{
    Q_OBJECT
private slots:
    void periods_data();
    void periods();
    void durations();
};

void TestCalendar::periods_data()
{
    QTest::addColumn<QString>("moment");
    QTest::addColumn<int>("period");
    QTest::addColumn<QString>("start");
    // ISO weeks start on Monday 00:00 UTC; Sunday 23:59:59.999 still belongs to the week before.
    QTest::addRow("monday midnight") << "2024-05-06T00:00:00Z" << int(Period::Week) << "2024-05-06";
    QTest::addRow("sunday last ms")
        << "2024-05-12T23:59:59.999Z" << int(Period::Week) << "2024-05-06";
    QTest::addRow("week over new year")
        << "2025-01-01T12:00:00Z" << int(Period::Week) << "2024-12-30";
    QTest::addRow("before 1970") << "1969-12-31T12:00:00Z" << int(Period::Week) << "1969-12-29";
    QTest::addRow("leap day") << "2024-02-29T23:00:00Z" << int(Period::Month) << "2024-02-01";
    QTest::addRow("day") << "2024-02-29T23:00:00Z" << int(Period::Day) << "2024-02-29";
    QTest::addRow("december") << "2023-12-31T23:59:59Z" << int(Period::Month) << "2023-12-01";
}

void TestCalendar::periods()
{
    QFETCH(QString, moment);
    QFETCH(int, period);
    QFETCH(QString, start);
    const qint64 ms = QDateTime::fromString(moment, Qt::ISODateWithMs).toMSecsSinceEpoch();
    const qint64 p = Calendar::periodOf(ms, Period(period));
    QCOMPARE(Calendar::dateText(Calendar::periodStart(p, Period(period))), start);
    QCOMPARE(Calendar::periodOf(Calendar::periodStart(p + 1, Period(period)), Period(period)),
             p + 1);
}

void TestCalendar::durations()
{
    QCOMPARE(*Calendar::parseDuration(QStringLiteral("7d")), 604800000);
    QCOMPARE(*Calendar::parseDuration(QStringLiteral("30m")), 1800000);
    QCOMPARE(*Calendar::parseDuration(QStringLiteral("2w")), 1209600000);
    QCOMPARE(*Calendar::parseDuration(QStringLiteral("12h")), 43200000);
    QVERIFY(!Calendar::parseDuration(QStringLiteral("7 days")));
    QCOMPARE(*Calendar::parseDate(QStringLiteral("2024-02-29")), 1709164800000);
    QVERIFY(!Calendar::parseDate(QStringLiteral("2023-02-29")));
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
