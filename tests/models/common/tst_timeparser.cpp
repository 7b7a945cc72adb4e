// SPDX-License-Identifier: MIT
#include "common/timeparser.h"

#include <QTest>

using namespace Quadrant;

class TestTimeParser : public QObject
{
    Q_OBJECT
private slots:
    void acceptedYearsAreTheCalendarsDays();
    void parse_data();
    void parse();
    void detect_data();
    void detect();
    void daysFromCivil();
    void outsideTheYearsAcceptedIsARangeError_data();
    void outsideTheYearsAcceptedIsARangeError();
};

void TestTimeParser::acceptedYearsAreTheCalendarsDays()
{
    QCOMPARE(TimeParser::earliestMs, TimeParser::daysFromCivil(1900, 1, 1) * 86400000LL);
    QCOMPARE(TimeParser::latestMs, TimeParser::daysFromCivil(2201, 1, 1) * 86400000LL);
}

void TestTimeParser::outsideTheYearsAcceptedIsARangeError_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("inRange");
    QTest::addRow("1900-01-01, the first day") << "auto" << QByteArray("1900-01-01") << true;
    QTest::addRow("1899-12-31") << "auto" << QByteArray("1899-12-31T23:59:59Z") << false;
    QTest::addRow("2200-12-31, the last day")
        << "auto" << QByteArray("2200-12-31T23:59:59Z") << true;
    QTest::addRow("2201-01-01") << "auto" << QByteArray("2201-01-01") << false;
    QTest::addRow("9999-12-31") << "iso" << QByteArray("9999-12-31") << false;
    QTest::addRow("epoch ms 1e18") << "epoch-ms" << QByteArray("1000000000000000000") << false;
    QTest::addRow("beyond 64 bits") << "epoch-ms" << QByteArray("9999999999999999999") << false;
    QTest::addRow("negative beyond 64 bits")
        << "epoch-s" << QByteArray("-99999999999999999999") << false;
    QTest::addRow("epoch s 1e15") << "epoch-s" << QByteArray("1000000000000000") << false;
    QTest::addRow("auto, microseconds") << "auto" << QByteArray("1709287200000000") << false;
    QTest::addRow("excel 2958465") << "excel" << QByteArray("2958465") << false; // 9999-12-31
    QTest::addRow("pattern, year 3000") << "dd.MM.yyyy" << QByteArray("01.01.3000") << false;
}

void TestTimeParser::outsideTheYearsAcceptedIsARangeError()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, text);
    QFETCH(bool, inRange);
    TimeSpec spec;
    QVERIFY(TimeParser::parseSpec(format, &spec));
    QByteArray error;
    TimeParser::Error kind = TimeParser::Error::None;
    const auto ms = TimeParser(spec).parse(text, &error, &kind);
    QCOMPARE(ms.has_value(), inRange);
    if (inRange) {
        QVERIFY(TimeParser::inRange(*ms));
    } else {
        QCOMPARE(int(kind), int(TimeParser::Error::OutOfRange));
        QVERIFY2(error.contains("1900 to 2200"), error.constData());
    }
}

void TestTimeParser::parse_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ms");

    const qint64 march1 = 1709287200000; // 2024-03-01T10:00:00Z
    QTest::addRow("iso Z") << "auto" << QByteArray("2024-03-01T10:00:00Z") << true << march1;
    QTest::addRow("iso lower t and z")
        << "auto" << QByteArray("2024-03-01t10:00:00z") << true << march1;
    QTest::addRow("iso without zone is UTC")
        << "auto" << QByteArray("2024-03-01T10:00:00") << true << march1;
    QTest::addRow("space separator")
        << "auto" << QByteArray("2024-03-01 10:00:00") << true << march1;
    QTest::addRow("no seconds") << "auto" << QByteArray("2024-03-01 10:00") << true << march1;
    QTest::addRow("offset +02:00")
        << "auto" << QByteArray("2024-03-01T12:00:00+02:00") << true << march1;
    QTest::addRow("offset -0500") << "auto" << QByteArray("2024-03-01T05:00:00-0500") << true
                                  << march1;
    QTest::addRow("offset +05") << "auto" << QByteArray("2024-03-01T15:00:00+05") << true << march1;
    QTest::addRow("offset after a space")
        << "auto" << QByteArray("2024-03-01 15:30:00 +05:30") << true << march1;
    QTest::addRow("milliseconds") << "auto" << QByteArray("2024-03-01T10:00:00.123Z") << true
                                  << march1 + 123;
    QTest::addRow("microseconds truncated")
        << "auto" << QByteArray("2024-03-01T10:00:00.123456Z") << true << march1 + 123;
    QTest::addRow("one fraction digit")
        << "auto" << QByteArray("2024-03-01T10:00:00.5Z") << true << march1 + 500;
    QTest::addRow("date only") << "auto" << QByteArray("2024-03-01") << true
                               << march1 - 10 * 3600000;
    QTest::addRow("slashes") << "auto" << QByteArray("2024/3/1 10:00") << true << march1;
    QTest::addRow("leap day") << "auto" << QByteArray("2024-02-29") << true
                              << qint64(1709164800000);
    QTest::addRow("not a leap day") << "auto" << QByteArray("2023-02-29") << false << qint64(0);
    QTest::addRow("month 13") << "auto" << QByteArray("2024-13-01") << false << qint64(0);
    QTest::addRow("hour 24") << "auto" << QByteArray("2024-03-01T24:00:00Z") << false << qint64(0);
    QTest::addRow("trailing garbage")
        << "auto" << QByteArray("2024-03-01T10:00:00Zx") << false << qint64(0);
    QTest::addRow("mixed separators") << "auto" << QByteArray("2024-03/01") << false << qint64(0);
    QTest::addRow("words") << "auto" << QByteArray("yesterday") << false << qint64(0);
    QTest::addRow("empty") << "auto" << QByteArray("") << false << qint64(0);
    QTest::addRow("surrounding spaces")
        << "auto" << QByteArray("  2024-03-01T10:00:00Z ") << true << march1;
    QTest::addRow("auto epoch seconds") << "auto" << QByteArray("1709287200") << true << march1;
    QTest::addRow("auto epoch ms") << "auto" << QByteArray("1709287200000") << true << march1;
    QTest::addRow("epoch-s fraction")
        << "epoch-s" << QByteArray("1709287200.25") << true << march1 + 250;
    QTest::addRow("epoch-ms") << "epoch-ms" << QByteArray("1709287200001") << true << march1 + 1;
    QTest::addRow("epoch before 1970")
        << "epoch-s" << QByteArray("-86400") << true << qint64(-86400000);
    QTest::addRow("excel noon") << "excel" << QByteArray("45352.5") << true
                                << qint64(1709294400000);
    QTest::addRow("excel 1") << "excel" << QByteArray("1") << true << qint64(-2208988800000);
    QTest::addRow("excel 59 is 1900-02-28")
        << "excel" << QByteArray("59") << true << qint64(-2203977600000);
    QTest::addRow("excel 60 does not exist") << "excel" << QByteArray("60") << false << qint64(0);
    QTest::addRow("excel 61 is 1900-03-01")
        << "excel" << QByteArray("61") << true << qint64(-2203891200000);
    QTest::addRow("excel 0 is not a date") << "excel" << QByteArray("0") << false << qint64(0);
    QTest::addRow("excel with a calendar value")
        << "excel" << QByteArray("2024-03-01T10:00:00Z") << true << march1;
    QTest::addRow("pattern") << "dd.MM.yyyy HH:mm" << QByteArray("01.03.2024 10:00") << true
                             << march1;
    QTest::addRow("pattern mismatch")
        << "dd.MM.yyyy HH:mm" << QByteArray("2024-03-01") << false << qint64(0);
}

void TestTimeParser::parse()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(qint64, ms);
    TimeSpec spec;
    QVERIFY(TimeParser::parseSpec(format, &spec));
    QByteArray error;
    const auto result = TimeParser(spec).parse(text, &error);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(*result, ms);
    else
        QVERIFY(!error.isEmpty());
}

void TestTimeParser::detect_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QString>("format");
    QTest::addRow("iso") << QStringList{QStringLiteral("2024-03-01T10:00:00Z"), QString()} << "iso";
    QTest::addRow("seconds") << QStringList{QStringLiteral("1709287200"),
                                            QStringLiteral("1709287201")}
                             << "epoch-s";
    QTest::addRow("milliseconds") << QStringList{QStringLiteral("1709287200000")} << "epoch-ms";
    QTest::addRow("excel") << QStringList{QStringLiteral("45352.5"), QStringLiteral("45353")}
                           << "excel";
    QTest::addRow("mostly iso") << QStringList{QStringLiteral("2024-03-01"),
                                               QStringLiteral("2024-03-02"),
                                               QStringLiteral("n/a")}
                                << "iso";
}

void TestTimeParser::detect()
{
    QFETCH(QStringList, samples);
    QFETCH(QString, format);
    QVector<QByteArray> values;
    for (const QString &s : samples)
        values << s.toUtf8();
    QCOMPARE(TimeParser::detect(values).name(), format);
}

void TestTimeParser::daysFromCivil()
{
    QCOMPARE(TimeParser::daysFromCivil(1970, 1, 1), 0);
    QCOMPARE(TimeParser::daysFromCivil(2000, 3, 1), 11017);
    QCOMPARE(TimeParser::daysFromCivil(1969, 12, 31), -1);
}

QTEST_GUILESS_MAIN(TestTimeParser)
#include "tst_timeparser.moc"
