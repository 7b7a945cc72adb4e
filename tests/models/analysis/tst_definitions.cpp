// SPDX-License-Identifier: MIT
// Saved analysis definitions as every kind of the registry reads them: what a new analysis
// starts as, and for a broken definition an error that names the field at fault, whatever the
// JSON holds in it (wrong type, out of range, not one of the choices).
#include "analysis/analysiskind.h"
#include "analysis/definitionreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Quadrant;

class TestDefinitions : public QObject
{
    Q_OBJECT
private slots:
    void everyKindReadsWhatItWrites();
    void brokenFieldsAreNamed_data();
    void brokenFieldsAreNamed();
    void readerKeepsTheFirstError();
    void readerTreatsNullAsAbsent();
    void readerChecksWholeNumbersExactly();
};

void TestDefinitions::everyKindReadsWhatItWrites()
{
    QVERIFY(AnalysisKinds::all().size() >= 6);
    QSet<QString> ids;
    for (const AnalysisKindEngine *kind : AnalysisKinds::all()) {
        QVERIFY2(!ids.contains(kind->id()), qPrintable(kind->id()));
        ids.insert(kind->id());
        const QJsonObject definition = kind->newDefinition();
        QCOMPARE(definition.value(QStringLiteral("kind")).toString(), kind->id());
        QCOMPARE(kind->definitionError(definition), QString());
        QCOMPARE(AnalysisKinds::of(definition), kind);
        QJsonObject other = definition;
        other[QStringLiteral("kind")] = QStringLiteral("pie");
        QVERIFY2(kind->definitionError(other).startsWith(QLatin1String("kind: ")),
                 qPrintable(kind->definitionError(other)));
    }
    QCOMPARE(AnalysisKinds::find(QStringLiteral("pie")), nullptr);
}

void TestDefinitions::brokenFieldsAreNamed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("json"); // the field's value
    QTest::addColumn<QString>("says");

    auto row = [](const char *kind, const char *field, const char *json, const char *says) {
        QTest::addRow("%s.%s=%s", kind, field, json)
            << QString::fromLatin1(kind) << QString::fromLatin1(field) << QString::fromLatin1(json)
            << QString::fromLatin1(says);
    };
    row("funnel", "steps", R"(["signup", "buy[plan"])", "steps: ");
    row("funnel", "steps", R"("signup")", "must be a list");
    row("funnel", "window_ms", "0", "from 1 to");
    row("funnel", "window_ms", "1.5", "whole number");
    row("funnel", "window_ms", R"("7d")", "whole number");
    row("funnel", "window_ms", "1e300", "whole number");
    row("funnel", "mode", R"("sideways")", "ordered, strict, any");
    row("funnel", "from", R"("01/02/2026")", "YYYY-MM-DD");
    row("funnel", "to", R"("30000-01-01")", "YYYY-MM-DD");
    row("funnel", "breakdown", "42", "must be text");
    row("funnel", "exclusions", R"([{"event": ""}])", "exclusions: event: names no event");
    row("funnel", "exclusions", R"([{"event": "x", "after_step": "one"}])", "after_step");
    row("retention", "start", R"("signup[")", "start: ");
    row("retention", "periods", "1001", "from 0 to 1000");
    row("retention", "periods", "-1", "from 0 to 1000");
    row("retention", "period", R"("fortnight")", "day, week, month");
    row("retention", "mode", R"("sideways")", "on, on-or-after");
    row("retention", "recurring", R"("yes")", "true or false");
    row("retention", "summary", "1", "true or false");
    row("trend", "measure", R"("median")", "total, persons");
    row("trend", "interval", R"("hour")", "day, week, month");
    row("trend", "chart", R"("pie")", "line, bar");
    row("trend", "compare", "[]", "true or false");
    row("paths", "direction", R"("sideways")", "after, before");
    row("paths", "depth", "21", "from 1 to 20");
    row("paths", "depth", "0", "from 1 to 20");
    row("paths", "sessionGapMinutes", "0", "sessionGapMinutes: ");
    row("paths", "sessionGapMinutes", "1e300", "sessionGapMinutes: ");
    row("paths", "minWeight", "9.3e18", "minWeight: ");
    row("paths", "minWeight", "0", "minWeight: ");
    row("paths", "exclude", R"(["a", 3])", "a list of texts");
    row("heatmap", "heatmap", R"("warm")", "activity, adoption");
    row("heatmap", "measure", R"("sessions")", "events, persons");
    row("heatmap", "tz", R"("Mars/Olympus")", "time zone");
    row("heatmap", "by", R"("planet")", "account, industry, role");
    row("heatmap", "sort", R"("size")", "persons, total, name");
    row("heatmap", "events", R"({"a": 1})", "a list");
    row("ab", "metric", R"("sum:")", "property name");
    row("ab", "conversion", R"("buy[")", "conversion: ");
    row("ab", "split", "[50, 0]", "positive weights");
    row("ab", "split", "[50, 2e9]", "positive weights");
    row("ab", "variantProperty", "true", "must be text");
}

void TestDefinitions::brokenFieldsAreNamed()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, json);
    QFETCH(QString, says);
    const AnalysisKindEngine *engine = AnalysisKinds::find(kind);
    QVERIFY(engine);
    QJsonObject definition = engine->newDefinition();
    const QJsonDocument value = QJsonDocument::fromJson("[" + json.toUtf8() + "]");
    QVERIFY2(value.isArray(), qPrintable(json));
    definition[field] = value.array().first();
    const QString error = engine->definitionError(definition);
    QVERIFY2(error.startsWith(field + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestDefinitions::readerKeepsTheFirstError()
{
    DefinitionReader read(QJsonObject{{QStringLiteral("kind"), QStringLiteral("paths")},
                                      {QStringLiteral("depth"), QStringLiteral("deep")},
                                      {QStringLiteral("anchor"), 7}},
                          "paths");
    QCOMPARE(read.integer("depth", 1, 20, 5), qint64(5));
    QCOMPARE(read.text("anchor", QStringLiteral("signup")), QStringLiteral("signup"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error(),
             QStringLiteral("depth: must be a whole number from 1 to 20, not 'deep'"));
    QString error;
    QVERIFY(!read.finish(42, &error));
    QCOMPARE(error, read.error());
}

void TestDefinitions::readerTreatsNullAsAbsent()
{
    DefinitionReader read(QJsonObject{{QStringLiteral("depth"), QJsonValue::Null},
                                      {QStringLiteral("tags"), QJsonValue::Null}});
    QCOMPARE(read.integer("depth", 1, 20, 5), qint64(5));
    QCOMPARE(read.textList("tags"), QStringList());
    QCOMPARE(read.flag("missing", true), true);
    QVERIFY(read.ok());
    QCOMPARE(read.finish(42, nullptr).value_or(0), 42);
}

void TestDefinitions::readerChecksWholeNumbersExactly()
{
    const qint64 most = qint64(1) << 50;
    DefinitionReader read(QJsonObject{{QStringLiteral("big"), double(most)},
                                      {QStringLiteral("over"), double(most) + 2}});
    QCOMPARE(read.integer("big", 1, most, 1), most);
    QVERIFY(read.ok());
    QCOMPARE(read.integer("over", 1, most, 1), qint64(1));
    QVERIFY(read.error().startsWith(QLatin1String("over: ")));
}

QTEST_GUILESS_MAIN(TestDefinitions)
#include "tst_definitions.moc"
