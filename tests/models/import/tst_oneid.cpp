// SPDX-License-Identifier: MIT
// One-ID: events imported before or after the alias file resolve to the same person.
#include "import/importjob.h"
#include "jobs/jobcontext.h"
#include "testsupport.h"

#include <QTest>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

void importInto(ProjectStore &store, ImportKind kind, const QString &file)
{
    ImportRequest request;
    request.kind = kind;
    request.file = dataPath(file);
    JobContext context;
    const ImportOutcome outcome = ImportJob::run(store, request, context);
    QVERIFY2(!outcome.failure,
             qPrintable(outcome.failure ? outcome.failure->toString() : QString()));
}

// "raw id -> person user_id" for every event, sorted: events are stored grouped by person
// (schema 5), so the file's order is not kept; what is checked is who each event belongs to.
QString sortedWords(const QString &text)
{
    QStringList words = text.split(QLatin1Char(' '));
    words.sort();
    return words.join(QLatin1Char(' '));
}

QString eventPersons(const ProjectStore &store)
{
    return sortedWords(
        scalar(store,
               QStringLiteral("SELECT group_concat(x, ' ') FROM (SELECT i.raw_id || '>' || "
                              "p.user_id AS x FROM events e "
                              "JOIN identities i ON i.id = e.identity_id JOIN persons p ON p.id "
                              "= i.person_id ORDER BY e.id)"))
            .toString());
}

} // namespace

class TestOneId : public QObject
{
    Q_OBJECT
private slots:
    void aliasesAfterEvents();
    void aliasesBeforeEvents();
    void personPropertiesSurviveMerge();
    void chainedAliases();

private:
    QTemporaryDir m_dir;
};

void TestOneId::aliasesAfterEvents()
{
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir)));
    importInto(store, ImportKind::Events, QStringLiteral("events_anonymous.csv"));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM persons")).toInt(), 4);
    importInto(store, ImportKind::Aliases, QStringLiteral("aliases.csv"));
    QCOMPARE(eventPersons(store),
             sortedWords(QStringLiteral("anon-1>u1 anon-2>u1 u1>u1 anon-3>u2")));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM persons")).toInt(), 2);
}

void TestOneId::aliasesBeforeEvents()
{
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir)));
    importInto(store, ImportKind::Aliases, QStringLiteral("aliases.csv"));
    importInto(store, ImportKind::Events, QStringLiteral("events_anonymous.csv"));
    QCOMPARE(eventPersons(store),
             sortedWords(QStringLiteral("anon-1>u1 anon-2>u1 u1>u1 anon-3>u2")));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM persons")).toInt(), 2);
}

void TestOneId::personPropertiesSurviveMerge()
{
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir)));
    importInto(store, ImportKind::Persons, QStringLiteral("persons.csv"));
    importInto(store, ImportKind::Events, QStringLiteral("events_anonymous.csv"));
    importInto(store, ImportKind::Aliases, QStringLiteral("aliases.csv"));
    QCOMPARE(
        scalar(store,
               QStringLiteral(
                   "SELECT account_id || ' ' || json_extract(properties, '$.role') FROM persons "
                   "WHERE user_id = 'u1'"))
            .toString(),
        QStringLiteral("acc-1 admin"));
    // Persons imported under an alias land on the canonical person.
    const QString file = m_dir.filePath(QStringLiteral("persons_alias.csv"));
    writeFile(file, "user_id,tier\nanon-2,gold\n");
    ImportRequest request;
    request.kind = ImportKind::Persons;
    request.file = file;
    JobContext context;
    QVERIFY(!ImportJob::run(store, request, context).failure);
    QCOMPARE(
        scalar(store,
               QStringLiteral(
                   "SELECT json_extract(properties, '$.tier') FROM persons WHERE user_id = 'u1'"))
            .toString(),
        QStringLiteral("gold"));
}

void TestOneId::chainedAliases()
{
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir)));
    importInto(store, ImportKind::Events, QStringLiteral("events_anonymous.csv"));
    const QString file = m_dir.filePath(QStringLiteral("chain.csv"));
    writeFile(file, "alias,user_id\nanon-1,anon-2\nanon-2,u1\n");
    ImportRequest request;
    request.kind = ImportKind::Aliases;
    request.file = file;
    JobContext context;
    QVERIFY(!ImportJob::run(store, request, context).failure);
    QCOMPARE(eventPersons(store),
             sortedWords(QStringLiteral("anon-1>u1 anon-2>u1 u1>u1 anon-3>anon-3")));
}

QTEST_GUILESS_MAIN(TestOneId)
#include "tst_oneid.moc"
