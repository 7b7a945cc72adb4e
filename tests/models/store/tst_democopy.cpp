// SPDX-License-Identifier: MIT
// Demo copies: every saved analysis gives the same numbers in the copy, and no identifier,
// name, e-mail address, comment or free-text value of the original is left in the copy's bytes.
#include "analysis/analysiskind.h"
#include "analysis/eventindex.h"
#include "import/importjob.h"
#include "jobs/jobcontext.h"
#include "sample/samplegenerator.h"
#include "store/cohortstore.h"
#include "store/democopy.h"
#include "store/pseudonyms.h"
#include "store/savedanalysisstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

void importText(ProjectStore &store, ImportKind kind, const QString &path, const QByteArray &csv)
{
    writeFile(path, csv);
    ImportRequest request;
    request.kind = kind;
    request.file = path;
    JobContext context;
    const ImportOutcome outcome = ImportJob::run(store, request, context);
    QVERIFY2(!outcome.failure,
             qPrintable(outcome.failure ? outcome.failure->toString() : QString()));
}

QStringList column(const ProjectStore &store, const QString &sql)
{
    QStringList values;
    decodeEventsForSql(store, sql);
    QSqlQuery query(store.database());
    if (!query.exec(sql))
        return values;
    while (query.next())
        if (!query.value(0).isNull())
            values << query.value(0).toString();
    return values;
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

// The numbers of a result, row by row, in an order that does not depend on names (a table
// sorted by name lists the renamed accounts in another order).
QStringList numbersOf(const RecordTable &table)
{
    QStringList rows;
    for (const QVariantList &row : table.rows) {
        QStringList numbers;
        for (const QVariant &cell : row)
            numbers << (isNumber(cell) ? QString::number(cell.toDouble(), 'g', 12)
                                       : QStringLiteral("·"));
        rows << numbers.join(QLatin1Char(' '));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

class TestDemoCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pseudonymsAreStableAndDistinct();
    void everySavedAnalysisGivesTheSameNumbers();
    void noOriginalValueIsLeftInTheBytes();
    void refusesToReplaceTheProject();
    void cancelLeavesNothing();

private:
    QTemporaryDir m_dir;
    QString m_project, m_copy;
    QStringList m_originals;
};

void TestDemoCopy::initTestCase()
{
    m_project = newProject(m_dir, QStringLiteral("Acme Client Data.quadrant"));
    ProjectStore store;
    QVERIFY(!store.open(m_project));
    SampleOptions options;
    options.persons = 500;
    options.seed = 11;
    JobContext context;
    QVERIFY(!SampleGenerator(options).generate(store, context));

    // What a client's own files add: e-mail addresses, names, free text, and tickets whose
    // subject is free text and whose contact is an e-mail address.
    const QStringList users
        = column(store, QStringLiteral("SELECT user_id FROM persons ORDER BY id LIMIT 80"));
    QByteArray persons = "user_id,email,full_name,notes,tier\n";
    QByteArray events = "user_id,event,time,subject,contact_email,ticket_ref\n";
    for (int i = 0; i < users.size(); ++i) {
        const QByteArray user = users[i].toUtf8(), n = QByteArray::number(i);
        persons += user + ",jane.roe" + n + "@client-corp.example,Jane Roe" + n
                   + ",Called about invoice " + n + " and the renewal,tier"
                   + QByteArray::number(i % 3) + "\n";
        events += user + ",support_ticket,2026-09-0" + QByteArray::number(1 + i % 9)
                  + "T10:00:00Z,Cannot export the quarterly board pack " + n + ",ops" + n
                  + "@client-corp.example,TCK-" + QByteArray::number(90000 + i) + "\n";
    }
    importText(
        store, ImportKind::Persons, m_dir.filePath(QStringLiteral("client persons.csv")), persons);
    importText(
        store, ImportKind::Events, m_dir.filePath(QStringLiteral("client tickets.csv")), events);

    // Analyses that name an account and a person, and a cohort of persons.
    const QString account
        = column(store, QStringLiteral("SELECT account_id FROM accounts ORDER BY id LIMIT 1"))
              .value(0);
    QJsonObject byAccount
        = SavedAnalysisStore::load(store, QStringLiteral("Onboarding funnel"))->definition;
    byAccount[QStringLiteral("steps")] = QJsonArray{
        QStringLiteral("signup"), QStringLiteral("purchase[account_id=%1]").arg(account)};
    QVERIFY(!SavedAnalysisStore::save(store, QStringLiteral("One account's purchases"), byAccount));
    QJsonObject tickets = byAccount;
    tickets[QStringLiteral("steps")]
        = QJsonArray{QStringLiteral("signup"), QStringLiteral("support_ticket")};
    tickets[QStringLiteral("breakdown")] = QStringLiteral("person.tier");
    QVERIFY(!SavedAnalysisStore::save(store, QStringLiteral("Tickets by tier"), tickets));
    QVERIFY(!CohortStore::save(
        store, QStringLiteral("Ticket writers"), QStringLiteral("{}"), {1, 2, 3}));

    for (const char *sql : {"SELECT user_id FROM persons",
                            "SELECT raw_id FROM identities",
                            "SELECT account_id FROM accounts",
                            "SELECT name FROM accounts",
                            "SELECT owner FROM accounts",
                            "SELECT lead_id FROM leads",
                            "SELECT deal_id FROM deals",
                            "SELECT comment FROM nps",
                            "SELECT json_extract(properties, '$.email') FROM persons",
                            "SELECT json_extract(properties, '$.full_name') FROM persons",
                            "SELECT json_extract(properties, '$.notes') FROM persons",
                            "SELECT json_extract(properties, '$.subject') FROM events",
                            "SELECT json_extract(properties, '$.contact_email') FROM events",
                            "SELECT json_extract(properties, '$.ticket_ref') FROM events",
                            "SELECT json_extract(properties, '$.owner') FROM deals"})
        m_originals += column(store, QString::fromLatin1(sql));
    m_originals << QStringLiteral("Acme Client Data") << QStringLiteral("client persons")
                << QStringLiteral("client-corp") << m_dir.path();
    m_originals.removeDuplicates();
    QVERIFY2(m_originals.size() > 1500, qPrintable(QString::number(m_originals.size())));
    store.close();

    m_copy = m_dir.filePath(QStringLiteral("demo.quadrant"));
    DemoCopy::Report report;
    JobContext copying;
    const auto failure = DemoCopy::write(m_project, m_copy, copying, &report);
    QVERIFY2(!failure, qPrintable(failure ? failure->toString() : QString()));
    QVERIFY(report.persons >= 500);
    QCOMPARE(report.emails, qsizetype(160));
    QVERIFY(report.freeTextValues >= 240); // notes, subject, ticket_ref
    QVERIFY(report.comments > 0);
    // No work file is left beside the copy.
    QVERIFY(QDir(m_dir.path())
                .entryList({QStringLiteral("*.quadrant-work*")}, QDir::Files | QDir::Hidden)
                .isEmpty());
}

void TestDemoCopy::pseudonymsAreStableAndDistinct()
{
    PseudonymBook book("key");
    book.defineSpace(QStringLiteral("person"),
                     [](const QString &n) -> QString { return QStringLiteral("p-") + n; });
    for (const char *value : {"alice", "bob", "carol", "alice"})
        book.add(QStringLiteral("person"), QString::fromLatin1(value));
    book.add(QStringLiteral("person"), QString());
    book.assign();
    QCOMPARE(book.size(QStringLiteral("person")), qsizetype(3));
    const QString alice = book.pseudonym(QStringLiteral("person"), QStringLiteral("alice"));
    QVERIFY(alice.startsWith(QStringLiteral("p-000")));
    QCOMPARE(book.pseudonym(QStringLiteral("person"), QStringLiteral("alice")), alice);
    QVERIFY(alice != book.pseudonym(QStringLiteral("person"), QStringLiteral("bob")));
    QCOMPARE(book.pseudonym(QStringLiteral("person"), QStringLiteral("dave")),
             QStringLiteral("dave"));
    QCOMPARE(book.pseudonym(QStringLiteral("person"), QString()), QString());

    // Another key, another order: a pseudonym says nothing across copies.
    QSet<QString> seen;
    for (int key = 0; key < 20; ++key) {
        PseudonymBook other(QByteArray::number(key));
        other.defineSpace(QStringLiteral("person"), [](const QString &n) { return n; });
        for (const char *value : {"alice", "bob", "carol"})
            other.add(QStringLiteral("person"), QString::fromLatin1(value));
        other.assign();
        seen.insert(other.pseudonym(QStringLiteral("person"), QStringLiteral("alice")));
    }
    QCOMPARE(seen.size(), 3);
}

void TestDemoCopy::everySavedAnalysisGivesTheSameNumbers()
{
    ProjectStore original, copy;
    QVERIFY(!original.open(m_project, ProjectStore::Access::ReadOnly));
    QVERIFY(!copy.open(m_copy, ProjectStore::Access::ReadOnly));
    JobContext context;
    const auto originalIndex = EventIndex::open(original, context);
    const auto copyIndex = EventIndex::open(copy, context);
    QCOMPARE(copyIndex->eventCount(), originalIndex->eventCount());
    QCOMPARE(copyIndex->personCount(), originalIndex->personCount());

    const QVector<SavedAnalysis> analyses = SavedAnalysisStore::list(original);
    QVERIFY(analyses.size() >= 17);
    for (const SavedAnalysis &analysis : analyses) {
        const auto copied = SavedAnalysisStore::load(copy, analysis.name);
        QVERIFY2(copied, qPrintable(analysis.name));
        const RecordTable before = computeAnalysis(original, *originalIndex, analysis.definition);
        const RecordTable after = computeAnalysis(copy, *copyIndex, copied->definition);
        QVERIFY2(!before.rows.isEmpty(), qPrintable(analysis.name));
        QCOMPARE(after.columns, before.columns);
        QCOMPARE(after.rows.size(), before.rows.size());
        QVERIFY2(numbersOf(after) == numbersOf(before), qPrintable(analysis.name));
    }
    // The account a step names was renamed in the definition too, and still matches.
    const QJsonObject renamed
        = SavedAnalysisStore::load(copy, QStringLiteral("One account's purchases"))->definition;
    const QString step = renamed.value(QStringLiteral("steps")).toArray().at(1).toString();
    QVERIFY2(step.startsWith(QStringLiteral("purchase[account_id=demo_account_")),
             qPrintable(step));
    QCOMPARE(CohortStore::members(copy, QStringLiteral("Ticket writers"))
                 .value_or(std::vector<qint64>{}),
             (std::vector<qint64>{1, 2, 3}));
    QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM persons")),
             scalar(original, QStringLiteral("SELECT count(*) FROM persons")));
    QVERIFY(!copy.metaValue(QStringLiteral("demo_copy")).isEmpty());
}

void TestDemoCopy::noOriginalValueIsLeftInTheBytes()
{
    QFile file(m_copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QStringList found;
    for (const QString &value : std::as_const(m_originals))
        if (value.size() >= 5 && bytes.contains(value.toUtf8()))
            found << value;
    QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 10).join(QStringLiteral(" | "))));
    // Categorical values stay: they are what the analyses group by.
    QVERIFY(bytes.contains("enterprise"));
    QVERIFY(bytes.contains("tier2"));
}

void TestDemoCopy::refusesToReplaceTheProject()
{
    const QByteArray before = fileHash(m_project);
    JobContext context;
    const auto failure = DemoCopy::write(m_project, m_project, context);
    QVERIFY(failure);
    QVERIFY2(failure->message.contains(QStringLiteral("replace the project")),
             qPrintable(failure->message));
    QCOMPARE(fileHash(m_project), before);
}

void TestDemoCopy::cancelLeavesNothing()
{
    const QString target = m_dir.filePath(QStringLiteral("canceled.quadrant"));
    JobContext context;
    context.cancel();
    QVERIFY(DemoCopy::write(m_project, target, context));
    QVERIFY(!QFile::exists(target));
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("canceled.quadrant*")});
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestDemoCopy)
#include "tst_democopy.moc"
