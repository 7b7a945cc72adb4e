// SPDX-License-Identifier: MIT
// A/B statistics against scipy / statsmodels (tests/data/ab_expected.py wrote the expected
// values): each figure must agree to 6 significant digits.
#include "stats/abstatistics.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

QList<QStringList> rowsOf(const QString &kind)
{
    QFile file(dataPath(QStringLiteral("ab_expected.tsv")));
    file.open(QIODevice::ReadOnly);
    QList<QStringList> rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QStringList cells = QString::fromUtf8(line).split(QLatin1Char('\t'));
        if (cells.first() == kind)
            rows << cells.mid(1);
    }
    return rows;
}

bool agrees(double actual, double expected)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    return std::fabs(actual - expected) <= 1e-6 * std::fabs(expected) + 1e-12;
}

#define COMPARE_6(actual, expected)                                                                \
    QVERIFY2(agrees(actual, expected),                                                             \
             qPrintable(QStringLiteral("%1 = %2, scipy says %3")                                   \
                            .arg(QStringLiteral(#actual))                                          \
                            .arg(actual, 0, 'g', 15)                                               \
                            .arg(expected, 0, 'g', 15)))

QVector<double> numbers(const QString &text, QChar separator = QLatin1Char(' '))
{
    QVector<double> values;
    for (const QString &part : text.split(separator, Qt::SkipEmptyParts))
        values << part.toDouble();
    return values;
}

} // namespace

class TestAbStatistics : public QObject
{
    Q_OBJECT
private slots:
    void proportions_data();
    void proportions();
    void welch_data();
    void welch();
    void probabilityToBeBest_data();
    void probabilityToBeBest();
    void sampleRatio_data();
    void sampleRatio();
    void sampleSize();
    void enoughCases();
};

void TestAbStatistics::proportions_data()
{
    QTest::addColumn<QStringList>("row");
    for (const QStringList &row : rowsOf(QStringLiteral("proportions")))
        QTest::addRow("%s/%s vs %s/%s",
                      qPrintable(row[0]),
                      qPrintable(row[1]),
                      qPrintable(row[2]),
                      qPrintable(row[3]))
            << row;
}

void TestAbStatistics::proportions()
{
    QFETCH(QStringList, row);
    const auto test = AbStatistics::proportions(
        row[0].toDouble(), row[1].toDouble(), row[2].toDouble(), row[3].toDouble());
    COMPARE_6(test.z, row[4].toDouble());
    COMPARE_6(test.pValue, row[5].toDouble());
    COMPARE_6(test.ciLow, row[6].toDouble());
    COMPARE_6(test.ciHigh, row[7].toDouble());
}

void TestAbStatistics::welch_data()
{
    QTest::addColumn<QStringList>("row");
    for (const QStringList &row : rowsOf(QStringLiteral("welch")))
        QTest::addRow("%s±%s n%s vs %s±%s n%s",
                      qPrintable(row[0]),
                      qPrintable(row[1]),
                      qPrintable(row[2]),
                      qPrintable(row[3]),
                      qPrintable(row[4]),
                      qPrintable(row[5]))
            << row;
}

void TestAbStatistics::welch()
{
    QFETCH(QStringList, row);
    const auto test = AbStatistics::welch(row[0].toDouble(),
                                          row[1].toDouble(),
                                          row[2].toDouble(),
                                          row[3].toDouble(),
                                          row[4].toDouble(),
                                          row[5].toDouble());
    COMPARE_6(test.t, row[6].toDouble());
    COMPARE_6(test.pValue, row[7].toDouble());
    COMPARE_6(test.degreesOfFreedom, row[8].toDouble());
    COMPARE_6(test.ciLow, row[9].toDouble());
    COMPARE_6(test.ciHigh, row[10].toDouble());
}

void TestAbStatistics::probabilityToBeBest_data()
{
    QTest::addColumn<QStringList>("row");
    for (const QStringList &row : rowsOf(QStringLiteral("best")))
        QTest::addRow("%s", qPrintable(row[0])) << row;
}

void TestAbStatistics::probabilityToBeBest()
{
    QFETCH(QStringList, row);
    QVector<double> converters, persons;
    for (const QString &pair : row[0].split(QLatin1Char(' '))) {
        converters << pair.section(QLatin1Char('/'), 0, 0).toDouble();
        persons << pair.section(QLatin1Char('/'), 1, 1).toDouble();
    }
    const QVector<double> expected = numbers(row[1]);
    const QVector<double> actual = AbStatistics::probabilityToBeBest(converters, persons);
    QCOMPARE(actual.size(), expected.size());
    double total = 0;
    for (int i = 0; i < actual.size(); ++i) {
        COMPARE_6(actual[i], expected[i]);
        total += actual[i];
    }
    QVERIFY(std::fabs(total - 1.0) < 1e-9);
}

void TestAbStatistics::sampleRatio_data()
{
    QTest::addColumn<QStringList>("row");
    for (const QStringList &row : rowsOf(QStringLiteral("srm")))
        QTest::addRow("%s against %s", qPrintable(row[0]), qPrintable(row[1])) << row;
}

void TestAbStatistics::sampleRatio()
{
    QFETCH(QStringList, row);
    COMPARE_6(AbStatistics::sampleRatioPValue(numbers(row[0]), numbers(row[1])), row[2].toDouble());
}

void TestAbStatistics::sampleSize()
{
    // 10% baseline, +2 points, alpha 0.05, power 0.8: the textbook figure is 3,841 per variant.
    QCOMPARE(AbStatistics::sampleSizePerVariant(0.10, 0.02), 3841.0);
    QVERIFY(std::isnan(AbStatistics::sampleSizePerVariant(0.10, 0.0)));
}

void TestAbStatistics::enoughCases()
{
    const int cases
        = int(rowsOf(QStringLiteral("proportions")).size() + rowsOf(QStringLiteral("welch")).size()
              + rowsOf(QStringLiteral("best")).size() + rowsOf(QStringLiteral("srm")).size());
    QVERIFY(cases >= 20);
}

QTEST_GUILESS_MAIN(TestAbStatistics)
#include "tst_abstatistics.moc"
