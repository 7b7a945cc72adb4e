// SPDX-License-Identifier: MIT
// Events on a ClickHouse server (issue #16): a throwaway clickhouse-server on 127.0.0.1, the
// sample pushed to it, and every saved analysis and every kind's options computed from the
// server's events equal to the local engine's, cell for cell; pushes that resume, stale copies
// refused, and connection errors that say what happened. Skipped, saying so, only when
// clickhouse-server is not installed (.ci/run installs it).
#include "analysis/analysiskind.h"
#include "analysis/eventindex.h"
#include "analysis/funnelengine.h"
#include "jobs/jobcontext.h"
#include "remote/clickhouseclient.h"
#include "remote/remoteevents.h"
#include "store/projectstore.h"
#include "store/savedanalysisstore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <limits>
#include <mutex>
#include <thread>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// A table as text, so that a difference shows as the first differing row.
QStringList rowsOf(const RecordTable &table)
{
    QStringList rows{table.columns.join(QLatin1Char('\t'))};
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (const QVariant &cell : row)
            cells << cell.toString();
        rows << cells.join(QLatin1Char('\t'));
    }
    return rows;
}

// The catalog's lines: name, events, persons.
QStringList namesOf(const EventIndex &index)
{
    QStringList lines;
    for (const EventNameCount &count : index.eventNameCounts())
        lines << QStringLiteral("%1 %2 %3").arg(count.name).arg(count.events).arg(count.persons);
    return lines;
}

// A server that answers every request with what `answer` makes of it (the request's bytes), on
// a thread of its own, as a hostile or broken "ClickHouse" would; or that sends its answer as
// `stream` does, piece by piece, for as long as it likes (stop() says when the test is over).
class FakeServer
{
public:
    using Stream = std::function<void(
        QTcpSocket &socket, const QByteArray &request, const std::atomic<bool> &stop)>;
    explicit FakeServer(const std::function<QByteArray(const QByteArray &request)> &answer)
        : FakeServer(Stream([answer](QTcpSocket &socket, const QByteArray &request, auto &) {
            socket.write(answer(request));
        }))
    {}
    // killsToo: KILL QUERY gets `stream` too, not a quick "done" (a server hostile to the end).
    explicit FakeServer(Stream stream, bool killsToo = false)
        : m_stream(std::move(stream))
        , m_killsToo(killsToo)
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        m_thread = std::thread([this] { serve(); });
        QTest::qWait(100);
    }
    ~FakeServer()
    {
        m_stop = true;
        m_thread.join();
    }
    quint16 port() const { return m_port; }
    // Every request received so far.
    std::vector<QByteArray> requests() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_requests;
    }

private:
    void serve()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, m_port))
            return;
        while (!m_stop) {
            if (!server.waitForNewConnection(50))
                continue;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            QByteArray request;
            // The request line and headers, then Content-Length bytes.
            while (socket->waitForReadyRead(2000)) {
                request += socket->readAll();
                const qsizetype end = request.indexOf("\r\n\r\n");
                const qsizetype length = request.indexOf("Content-Length: ");
                if (end >= 0 && length >= 0) {
                    const qint64 body
                        = request.mid(length + 16, request.indexOf('\r', length) - length - 16)
                              .toLongLong();
                    if (request.size() >= end + 4 + body)
                        break;
                }
            }
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_requests.push_back(request);
            }
            // The client's KILL QUERY for a statement it gave up on: done at once.
            if (request.contains("KILL QUERY") && !m_killsToo)
                socket->write("HTTP/1.0 200 OK\r\n\r\n");
            else
                m_stream(*socket, request, m_stop);
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->waitForBytesWritten(5000);
            socket->disconnectFromHost();
            if (socket->state() != QAbstractSocket::UnconnectedState)
                socket->waitForDisconnected(2000);
        }
    }

    Stream m_stream;
    bool m_killsToo = false;
    mutable std::mutex m_mutex;
    std::vector<QByteArray> m_requests;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

QByteArray httpOk(const QByteArray &body)
{
    return "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n" + body;
}

// Sends `start`, then `piece` every `pauseMs` until the client hangs up or the test ends: a
// dripping server (a byte at a time, slow enough) or a flooding one (a megabyte, no pause).
FakeServer::Stream endlessly(const QByteArray &start, const QByteArray &piece, int pauseMs)
{
    return [=](QTcpSocket &socket, const QByteArray &, const std::atomic<bool> &stop) {
        socket.write(start);
        while (!stop && socket.state() == QAbstractSocket::ConnectedState) {
            if (socket.write(piece) < 0)
                return;
            // Keep no more than a few pieces queued: a client that stopped reading stops this.
            do {
                if (socket.state() != QAbstractSocket::ConnectedState)
                    return;
                socket.waitForBytesWritten(100);
            } while (!stop && socket.bytesToWrite() > 4 * piece.size());
            if (pauseMs > 0)
                QThread::msleep(pauseMs);
        }
    };
}

// Points the tests' project at another file until the scope ends, however it ends.
class ProjectSwap
{
public:
    ProjectSwap(QString *project, const QString &other)
        : m_project(project)
        , m_original(*project)
    {
        *project = other;
    }
    ~ProjectSwap() { *m_project = m_original; }

private:
    QString *m_project;
    QString m_original;
};

} // namespace

class TestClickHouse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void addressesAreReadStrictly();
    void everySavedAnalysisOfTheSample();
    void everyKindAndOption_data();
    void everyKindAndOption();
    void mergedPersonsStartOver();
    void newEventsAreStaleUntilPushed();
    void canceledPushResumes();
    void killedPushResumes();
    void partOfABlockStartsOver();
    void cliPrintsTheLocalNumbers();
    void tooManyEventsAreRefusedAndSampled();
    void connectionErrorsAreClear();
    void cancelStopsTheServersQuery();
    void hostileServerIsRefused_data();
    void hostileServerIsRefused();
    void drippingServerMeetsTheDeadline_data();
    void drippingServerMeetsTheDeadline();
    void endlessAnswerIsCapped();
    void pushDropsOnlyItsOwnEvents();
    void serverThatAgreesToEverythingLosesNothing();
    void answersThatDoNotAddUpAreRefused();

private:
    ClickHouseTarget target(const QString &database, const QString &user = QString()) const;
    // The definition computed from the project's own events and from the server's.
    void compareKinds(const QString &database, const QJsonObject &definition);
    void push(const QString &database, RemoteEvents::PushReport *report = nullptr);

    QTemporaryDir m_dir;
    QString m_serverDir, m_project;
    quint16 m_port = 0;
    std::shared_ptr<const EventIndex> m_local;
};

ClickHouseTarget TestClickHouse::target(const QString &database, const QString &user) const
{
    QString error;
    const QString url = QStringLiteral("http://")
                        + (user.isEmpty() ? QString() : user + QLatin1Char('@'))
                        + QStringLiteral("127.0.0.1:") + QString::number(m_port);
    auto parsed = ClickHouseTarget::parse(url, database, &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    return *parsed;
}

void TestClickHouse::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_serverDir = m_dir.filePath(QStringLiteral("server"));
    startClickHouse(m_serverDir, &m_port);
    if (QTest::currentTestFailed())
        return;
    if (m_port == 0) {
        skipWholeTest("clickhouse-server is not installed (apt-get install clickhouse-server); "
                      "the remote engine is not checked",
                      __FILE__,
                      __LINE__);
        return;
    }
    m_project = m_dir.filePath(QStringLiteral("sample.quadrant"));
    makeSampleProject(m_project, 1500);
}

void TestClickHouse::cleanupTestCase()
{
    if (!m_serverDir.isEmpty())
        stopClickHouse(m_serverDir);
}

void TestClickHouse::push(const QString &database, RemoteEvents::PushReport *report)
{
    ProjectStore store;
    QVERIFY(!store.open(m_project, ProjectStore::Access::ReadOnly));
    RemoteEvents remote(target(database));
    JobContext context;
    RemoteEvents::PushReport local;
    const auto failure = remote.push(store, context, report ? report : &local);
    QVERIFY2(!failure, failure ? qPrintable(failure->toString()) : "");
}

void TestClickHouse::compareKinds(const QString &database, const QJsonObject &definition)
{
    ProjectStore store;
    QVERIFY(!store.open(m_project, ProjectStore::Access::ReadOnly));
    JobContext context;
    std::optional<Failure> failure;
    const auto local = EventIndex::open(store, context, &failure);
    QVERIFY(local);
    RemoteEvents remote(target(database));
    const auto plan = RemoteEvents::Plan::forDefinition(definition);
    const auto fromServer = remote.readIndex(store, plan, context, &failure);
    QVERIFY2(fromServer, failure ? qPrintable(failure->toString()) : "");
    const AnalysisKindEngine *kind = AnalysisKinds::of(definition);
    QVERIFY(kind);
    const AnalysisOutcome expected = kind->compute(definition, *local, store, context);
    const AnalysisOutcome actual = kind->compute(definition, *fromServer, store, context);
    QVERIFY2(fromServer->missedProperties().isEmpty(),
             qPrintable(fromServer->missedProperties().join(QLatin1Char(','))));
    QCOMPARE(bool(actual.failure), bool(expected.failure));
    if (expected.failure)
        QCOMPARE(actual.failure->message, expected.failure->message);
    // Something to compare: a definition that computes nothing proves nothing.
    QVERIFY2(!expected.table.rows.isEmpty() || expected.failure,
             qPrintable(QString::fromUtf8(QJsonDocument(definition).toJson())));
    QCOMPARE(rowsOf(actual.table), rowsOf(expected.table));
    QCOMPARE(actual.summary, expected.summary);
    // Read only what the analysis needs when it names its events.
    if (!plan.everyEvent)
        QVERIFY(fromServer->eventCount() < local->eventCount());
    QCOMPARE(namesOf(*fromServer), namesOf(*local));
}

void TestClickHouse::addressesAreReadStrictly()
{
    QString error;
    const auto full = ClickHouseTarget::parse(
        QStringLiteral("http://analyst@db.example:9123"), QStringLiteral("events_2026"), &error);
    QVERIFY(full);
    QCOMPARE(full->user, QStringLiteral("analyst"));
    QCOMPARE(full->port, quint16(9123));
    QCOMPARE(full->url(), QStringLiteral("http://analyst@db.example:9123"));
    const auto plain
        = ClickHouseTarget::parse(QStringLiteral("http://10.0.0.5"), QStringLiteral("q"), &error);
    QVERIFY(plain);
    QCOMPARE(plain->user, QStringLiteral("default"));
    QCOMPARE(plain->port, quint16(8123));
    for (const char *bad : {"10.0.0.5:8123",
                            "https://db:8443",
                            "http://user:pw@db:8123",
                            "http://db:8123/path",
                            "http://db:8123/?database=x",
                            "http://:8123",
                            ""}) {
        QVERIFY2(!ClickHouseTarget::parse(QString::fromUtf8(bad), QStringLiteral("q"), &error),
                 bad);
        QVERIFY(!error.isEmpty());
    }
    QVERIFY(
        !ClickHouseTarget::parse(QStringLiteral("http://db:8123"), QStringLiteral("a;b"), &error));
    QVERIFY(error.contains(QLatin1String("database")));
    // The password never shows in what is written down.
    ClickHouseTarget withPassword = *full;
    withPassword.password = QStringLiteral("s3cret");
    QVERIFY(!withPassword.url().contains(QLatin1String("s3cret")));
    QVERIFY(!withPassword.display().contains(QLatin1String("s3cret")));

    // Issue #23's probe: a user name with CR LF (percent-encoded in a URL, or saved in a shared
    // project file) ended the user's header and sent headers and a statement of its own, which
    // dropped a database. Refused when read, and by the client for a target made by hand.
    for (const char *injected : {"http://a%0D%0AX-Evil%3A%20injected@127.0.0.1:8123",
                                 "http://default%0D%0AContent-Length%3A%2022%0D%0A%0D%0ADROP%20"
                                 "DATABASE%20victim@127.0.0.1:8123",
                                 "http://a%0Ab@db:8123",
                                 "http://a%00b@db:8123",
                                 "http://a%7Fb@db:8123"}) {
        QVERIFY2(!ClickHouseTarget::parse(QString::fromUtf8(injected), QStringLiteral("q"), &error),
                 injected);
        QVERIFY2(error.contains(QLatin1String("control character")), qPrintable(error));
    }
    FakeServer server([](const QByteArray &) { return httpOk("1\n"); });
    ClickHouseTarget byHand = target(QStringLiteral("q"));
    byHand.port = server.port();
    for (const QString &user : {QStringLiteral("a\r\nX-Evil: 1"), QStringLiteral("a\nb")}) {
        byHand.user = user;
        const auto refused = ClickHouseClient(byHand).run(QStringLiteral("SELECT 1"));
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(QLatin1String("control character")),
                 qPrintable(refused->message));
    }
    byHand.user = QStringLiteral("default");
    byHand.password = QStringLiteral("pw\r\nX-Evil: 1");
    QVERIFY(ClickHouseClient(byHand).run(QStringLiteral("SELECT 1")));
    QVERIFY(server.requests().empty());

    // The same URL saved in a project (as the window saves it), used with --remote.
    const QString shared = m_dir.filePath(QStringLiteral("shared.quadrant"));
    QFile::remove(shared);
    QVERIFY(QFile::copy(m_project, shared));
    {
        ProjectStore store;
        QVERIFY(!store.open(shared));
        QVERIFY(!store.setMetaValue(
            QStringLiteral("clickhouse_url"),
            QStringLiteral("http://default%0D%0AContent-Length%3A%2022%0D%0A%0D%0ADROP%20DATABASE"
                           "%20victim@127.0.0.1:")
                + QString::number(server.port())));
    }
    const CliRun run = runCli({QStringLiteral("trend"),
                               shared,
                               QStringLiteral("--event"),
                               QStringLiteral("login"),
                               QStringLiteral("--remote")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("control character"), run.err.constData());
    QVERIFY(server.requests().empty());
}

void TestClickHouse::everySavedAnalysisOfTheSample()
{
    RemoteEvents::PushReport report;
    push(QStringLiteral("saved"), &report);
    QVERIFY(report.eventsSent > 0);
    QCOMPARE(report.eventsOnServer, report.eventsSent);
    ProjectStore store;
    QVERIFY(!store.open(m_project, ProjectStore::Access::ReadOnly));
    const auto saved = SavedAnalysisStore::list(store);
    QVERIFY(saved.size() >= 15);
    for (const SavedAnalysis &analysis : saved) {
        const QJsonObject definition = SavedAnalysisStore::load(store, analysis.name)->definition;
        qInfo() << "saved analysis:" << analysis.name;
        compareKinds(QStringLiteral("saved"), definition);
        if (QTest::currentTestFailed())
            return;
    }
    // A second push sends nothing.
    push(QStringLiteral("saved"), &report);
    QVERIFY(report.alreadyCurrent);
    QCOMPARE(report.eventsSent, 0);
}

void TestClickHouse::everyKindAndOption_data()
{
    QTest::addColumn<QJsonObject>("definition");
    const std::pair<const char *, const char *> cases[] = {
        {"funnel strict",
         R"({"kind":"funnel","mode":"strict","steps":["signup","onboarding_done"],"window_ms":86400000})"},
        {"funnel any order",
         R"({"kind":"funnel","mode":"any","steps":["report_created","report_shared","alert_created"],"window_ms":604800000})"},
        {"funnel entry range",
         R"({"kind":"funnel","mode":"ordered","steps":["signup","activated","purchase"],"window_ms":1209600000,"from":"2026-09-01","to":"2026-09-30"})"},
        {"funnel exclusion",
         R"({"kind":"funnel","mode":"ordered","steps":["pricing_viewed","checkout_started","purchase"],"window_ms":604800000,"exclusions":[{"event":"page_view","after_step":1}]})"},
        {"funnel hold constant",
         R"({"kind":"funnel","mode":"ordered","steps":["report_created","report_shared"],"window_ms":604800000,"hold":"account_id"})"},
        {"funnel event breakdown",
         R"({"kind":"funnel","mode":"ordered","steps":["signup","purchase"],"window_ms":2592000000,"breakdown":"event.plan"})"},
        {"funnel person breakdown and step filter",
         R"({"kind":"funnel","mode":"ordered","steps":["signup[plan=free]","purchase"],"window_ms":2592000000,"breakdown":"person.role"})"},
        {"retention recurring on or after",
         R"({"kind":"retention","start":"login","return":"report_created","period":"week","periods":6,"mode":"on-or-after","recurring":true})"},
        {"retention daily breakdown",
         R"({"kind":"retention","start":"signup","return":"login","period":"day","periods":10,"mode":"on","breakdown":"person.channel"})"},
        {"retention monthly from a range",
         R"({"kind":"retention","start":"signup","return":"*","period":"month","periods":3,"mode":"on","from":"2026-08-01","to":"2026-10-31"})"},
        {"trend persons by source",
         R"({"kind":"trend","event":"login","measure":"persons","interval":"week","breakdown":"source"})"},
        {"trend per person",
         R"({"kind":"trend","event":"search","measure":"per-person","interval":"day"})"},
        {"trend sum of a property",
         R"({"kind":"trend","event":"purchase","measure":"sum:amount","interval":"month","breakdown":"event.plan"})"},
        {"trend average with a filter",
         R"({"kind":"trend","event":"purchase[plan!=free]","measure":"avg:amount","interval":"week"})"},
        {"heatmap persons in a zone",
         R"({"kind":"heatmap","heatmap":"activity","measure":"persons","tz":"Asia/Shanghai","events":["login","search"]})"},
        {"heatmap adoption by role",
         R"({"kind":"heatmap","heatmap":"adoption","by":"role","events":["report_created","export_csv"],"sort":"name"})"},
        {"heatmap adoption by account",
         R"({"kind":"heatmap","heatmap":"adoption","by":"account","events":[],"sort":"persons"})"},
        {"paths backwards, collapsed",
         R"({"kind":"paths","anchor":"purchase","direction":"before","depth":3,"collapseRepeats":true,"exclude":["page_view"],"minWeight":2,"sessionGapMinutes":60})"},
        {"ab session duration",
         R"({"kind":"ab","variantProperty":"pricing_test","control":"A","metric":"session-duration"})"},
        {"ab events per session",
         R"({"kind":"ab","variantProperty":"pricing_test","control":"A","metric":"events-per-session"})"},
        {"ab bounce",
         R"({"kind":"ab","variantProperty":"pricing_test","control":"A","metric":"bounce"})"},
        {"ab sum of a property",
         R"({"kind":"ab","variantProperty":"pricing_test","control":"A","metric":"sum:amount"})"},
        {"ab conversion with a filter",
         R"({"kind":"ab","variantProperty":"pricing_test","control":"A","conversion":"purchase[plan=pro]"})"},
    };
    for (const auto &[name, definition] : cases) {
        const QJsonObject object = json(definition);
        if (object.isEmpty())
            qFatal("bad test definition %s", name);
        QTest::newRow(name) << object;
    }
}

void TestClickHouse::everyKindAndOption()
{
    QFETCH(QJsonObject, definition);
    push(QStringLiteral("kinds"));
    compareKinds(QStringLiteral("kinds"), definition);
}

void TestClickHouse::mergedPersonsStartOver()
{
    // A copy of the project, so that the other tests keep theirs.
    const QString copy = m_dir.filePath(QStringLiteral("oneid.quadrant"));
    QVERIFY(QFile::copy(m_project, copy));
    const ProjectSwap swap(&m_project, copy);
    RemoteEvents::PushReport report;
    push(QStringLiteral("oneid"), &report);
    const QJsonObject funnel
        = json(R"({"kind":"funnel","mode":"ordered","steps":["signup","activated","purchase"],
                   "window_ms":2592000000,"breakdown":"person.channel"})");
    compareKinds(QStringLiteral("oneid"), funnel);
    // Aliases merge persons: the server's person column is out of date, and says so.
    const QString aliases = m_dir.filePath(QStringLiteral("aliases.csv"));
    QByteArray rows("anonymous_id,user_id\n");
    for (int i = 1; i <= 400; i += 2)
        rows += QStringLiteral("u%1,u%2\n")
                    .arg(i, 5, 10, QLatin1Char('0'))
                    .arg(i + 1, 5, 10, QLatin1Char('0'))
                    .toUtf8();
    writeFile(aliases, rows);
    const CliRun imported = runCli({QStringLiteral("import"),
                                    copy,
                                    QStringLiteral("--kind"),
                                    QStringLiteral("aliases"),
                                    QStringLiteral("--file"),
                                    aliases});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    {
        ProjectStore store;
        QVERIFY(!store.open(copy, ProjectStore::Access::ReadOnly));
        RemoteEvents remote(target(QStringLiteral("oneid")));
        const auto stale = remote.checkCurrent(store);
        QVERIFY(stale);
        QVERIFY2(stale->message.contains(QLatin1String("push again")), qPrintable(stale->message));
    }
    push(QStringLiteral("oneid"), &report);
    QVERIFY(report.startedOver);
    QCOMPARE(report.eventsOnServer, report.eventsSent);
    compareKinds(QStringLiteral("oneid"), funnel);
    compareKinds(QStringLiteral("oneid"),
                 json(R"({"kind":"retention","start":"signup","return":"*","period":"week",
                          "periods":8,"mode":"on"})"));
}

void TestClickHouse::newEventsAreStaleUntilPushed()
{
    const QString copy = m_dir.filePath(QStringLiteral("grows.quadrant"));
    QVERIFY(QFile::copy(m_project, copy));
    const ProjectSwap swap(&m_project, copy);
    RemoteEvents::PushReport report;
    push(QStringLiteral("grows"), &report);
    const qint64 before = report.eventsOnServer;
    const QString events = m_dir.filePath(QStringLiteral("more.csv"));
    writeFile(events,
              "user_id,event,time\n"
              "u00003,purchase,2026-10-30T10:00:00Z\n"
              "new-person,signup,2026-10-30T11:00:00Z\n"
              "new-person,purchase,2026-10-30T12:00:00Z\n");
    const CliRun imported = runCli({QStringLiteral("import"),
                                    copy,
                                    QStringLiteral("--kind"),
                                    QStringLiteral("events"),
                                    QStringLiteral("--file"),
                                    events});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    {
        ProjectStore store;
        QVERIFY(!store.open(copy, ProjectStore::Access::ReadOnly));
        RemoteEvents remote(target(QStringLiteral("grows")));
        JobContext context;
        std::optional<Failure> failure;
        QVERIFY(!remote.readIndex(store, RemoteEvents::Plan(), context, &failure));
        QVERIFY(failure && failure->message.contains(QLatin1String("push again")));
    }
    // Only the new block travels.
    push(QStringLiteral("grows"), &report);
    QVERIFY(!report.startedOver);
    QCOMPARE(report.eventsSent, 3);
    QVERIFY(report.blocksAlreadyThere > 0);
    QCOMPARE(report.eventsOnServer, before + 3);
    compareKinds(QStringLiteral("grows"),
                 json(R"({"kind":"funnel","mode":"ordered","steps":["signup","purchase"],
                          "window_ms":2592000000})"));
}

void TestClickHouse::canceledPushResumes()
{
    {
        ProjectStore store;
        QVERIFY(!store.open(m_project, ProjectStore::Access::ReadOnly));
        RemoteEvents remote(target(QStringLiteral("resume")));
        // One block per insert, so that a push takes several.
        remote.setRowsPerInsert(1);
        RemoteEvents::PushReport report;
        JobContext *self = nullptr;
        JobContext context([&](double fraction, const QString &) {
            if (fraction > 0.5 && self)
                self->cancel();
        });
        self = &context;
        const auto failure = remote.push(store, context, &report);
        QVERIFY(failure);
        QCOMPARE(failure->message, QStringLiteral("canceled"));
        QVERIFY(report.eventsSent > 0);
        const auto unfinished = remote.checkCurrent(store);
        QVERIFY(unfinished && unfinished->message.contains(QLatin1String("did not finish")));
    }
    RemoteEvents::PushReport report;
    push(QStringLiteral("resume"), &report);
    QVERIFY(report.blocksAlreadyThere > 0);
    QVERIFY(report.blocksSent > 0);
    QVERIFY(!report.startedOver);
    // Nothing twice: the server holds each event once.
    ProjectStore store;
    QVERIFY(!store.open(m_project, ProjectStore::Access::ReadOnly));
    JobContext context;
    std::optional<Failure> failure;
    const auto local = EventIndex::open(store, context, &failure);
    QCOMPARE(report.eventsOnServer, local->eventCount());
    compareKinds(QStringLiteral("resume"),
                 json(R"({"kind":"funnel","mode":"ordered","steps":["signup","onboarding_done",
                          "activated","invited_teammate","purchase"],"window_ms":1209600000})"));
}

void TestClickHouse::killedPushResumes()
{
    const QString copy = m_dir.filePath(QStringLiteral("killed.quadrant"));
    QVERIFY(QFile::copy(m_project, copy));
    const ProjectSwap swap(&m_project, copy);
    // kill -9 while inserting, one block at a time: wherever it lands, the next push ends with
    // every event on the server once.
    QProcess pushing;
    pushing.start(cliProgram(),
                  {QStringLiteral("push"),
                   copy,
                   QStringLiteral("--clickhouse"),
                   QStringLiteral("http://127.0.0.1:%1").arg(m_port),
                   QStringLiteral("--database"),
                   QStringLiteral("killed"),
                   QStringLiteral("--progress"),
                   QStringLiteral("--rows-per-insert"),
                   QStringLiteral("1")});
    QByteArray progress;
    QVERIFY(QTest::qWaitFor(
        [&] {
            progress += pushing.readAllStandardError();
            return progress.contains("progress 40") || pushing.state() == QProcess::NotRunning;
        },
        60000));
    pushing.kill();
    pushing.waitForFinished();
    RemoteEvents::PushReport report;
    push(QStringLiteral("killed"), &report);
    ProjectStore store;
    QVERIFY(!store.open(copy, ProjectStore::Access::ReadOnly));
    JobContext context;
    std::optional<Failure> failure;
    const auto local = EventIndex::open(store, context, &failure);
    QCOMPARE(report.eventsOnServer, local->eventCount());
    compareKinds(QStringLiteral("killed"),
                 json(R"({"kind":"retention","start":"signup","return":"*","period":"week",
                          "periods":8,"mode":"on"})"));
}

void TestClickHouse::partOfABlockStartsOver()
{
    // A push begun, then one row of a block it had not sent yet appears on the server (what an
    // insert cut at a row's end leaves): the next push cannot mend the block and starts over.
    ProjectStore store;
    QVERIFY(!store.open(m_project, ProjectStore::Access::ReadOnly));
    RemoteEvents remote(target(QStringLiteral("part")));
    remote.setRowsPerInsert(1);
    JobContext *self = nullptr;
    JobContext context([&](double fraction, const QString &) {
        if (fraction > 0.5 && self)
            self->cancel();
    });
    self = &context;
    RemoteEvents::PushReport report;
    const auto stopped = remote.push(store, context, &report);
    QVERIFY(stopped);
    QVERIFY2(report.eventsSent > 0, qPrintable(stopped->message));
    ClickHouseClient client(target(QStringLiteral("part")));
    QString lastBlock;
    QVERIFY(
        !client.scalar(QStringLiteral("SELECT max(block) FROM part.quadrant_events"), &lastBlock));
    const QString stray = QStringLiteral("1\tu00001\t1780000000000\t0\tlogin\tweb\t\t%1\n")
                              .arg(lastBlock.toLongLong() + 1);
    QVERIFY(!client.run(QStringLiteral("INSERT INTO part.quadrant_events FORMAT TabSeparated"),
                        stray.toUtf8()));
    JobContext again;
    const auto failure = remote.push(store, again, &report);
    QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
    QVERIFY(report.startedOver);
    compareKinds(QStringLiteral("part"),
                 json(R"({"kind":"trend","event":"login","measure":"total","interval":"day"})"));
}

void TestClickHouse::cliPrintsTheLocalNumbers()
{
    push(QStringLiteral("cli"));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    const QList<QStringList> commands{
        {QStringLiteral("funnel"),
         QStringLiteral("--steps"),
         QStringLiteral("signup,activated,purchase"),
         QStringLiteral("--window"),
         QStringLiteral("30d"),
         QStringLiteral("--breakdown"),
         QStringLiteral("person.channel")},
        {QStringLiteral("retention"),
         QStringLiteral("--start"),
         QStringLiteral("signup"),
         QStringLiteral("--return"),
         QStringLiteral("*")},
        {QStringLiteral("paths"), QStringLiteral("--start"), QStringLiteral("signup")},
        {QStringLiteral("heatmap"), QStringLiteral("--kind"), QStringLiteral("activity")},
        {QStringLiteral("trend"), QStringLiteral("--event"), QStringLiteral("login")},
        {QStringLiteral("ab"),
         QStringLiteral("--variant-property"),
         QStringLiteral("pricing_test"),
         QStringLiteral("--control"),
         QStringLiteral("A"),
         QStringLiteral("--conversion"),
         QStringLiteral("purchase")},
        {QStringLiteral("health")},
        {QStringLiteral("accounts")},
        {QStringLiteral("quadrant")},
        {QStringLiteral("leads")},
    };
    for (const QStringList &command : commands) {
        QStringList arguments{command.first(), m_project};
        arguments += command.mid(1);
        const CliRun local = runCli(arguments);
        QVERIFY2(local.exitCode == 0, local.err.constData());
        const CliRun remote = runCli(arguments
                                     + QStringList{QStringLiteral("--clickhouse"),
                                                   url,
                                                   QStringLiteral("--database"),
                                                   QStringLiteral("cli")});
        QVERIFY2(remote.exitCode == 0, remote.err.constData());
        QCOMPARE(remote.out, local.out);
    }
    // A saved analysis rendered from the server's events: the same file as from the project's.
    for (const QString &name : {QStringLiteral("Signup to purchase by channel"),
                                QStringLiteral("Pricing page test: purchases")}) {
        const QString local = m_dir.filePath(QStringLiteral("local.csv"));
        const QString remote = m_dir.filePath(QStringLiteral("remote.csv"));
        const QStringList render{QStringLiteral("render"),
                                 m_project,
                                 QStringLiteral("--analysis"),
                                 name,
                                 QStringLiteral("--out")};
        const CliRun fromFile = runCli(render + QStringList{local});
        QVERIFY2(fromFile.exitCode == 0, fromFile.err.constData());
        const CliRun fromServer = runCli(render
                                         + QStringList{remote,
                                                       QStringLiteral("--clickhouse"),
                                                       url,
                                                       QStringLiteral("--database"),
                                                       QStringLiteral("cli")});
        QVERIFY2(fromServer.exitCode == 0, fromServer.err.constData());
        QCOMPARE(fileHash(remote), fileHash(local));
        QFile::remove(local);
        QFile::remove(remote);
    }
    // A stale or missing copy is refused in one line, exit 1.
    const CliRun none = runCli({QStringLiteral("trend"),
                                m_project,
                                QStringLiteral("--event"),
                                QStringLiteral("login"),
                                QStringLiteral("--clickhouse"),
                                url,
                                QStringLiteral("--database"),
                                QStringLiteral("never_pushed")});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains("holds no events of a project yet"), none.err.constData());
    QCOMPARE(none.err.count('\n'), 1);
}

void TestClickHouse::tooManyEventsAreRefusedAndSampled()
{
    push(QStringLiteral("saved"));
    ProjectStore store;
    QVERIFY(!store.open(m_project, ProjectStore::Access::ReadOnly));
    RemoteEvents remote(target(QStringLiteral("saved")));
    JobContext context;
    std::optional<Failure> failure;
    const QJsonObject funnel = json(R"({"kind":"funnel","mode":"ordered",
        "steps":["signup","activated","purchase"],"window_ms":2592000000})");
    auto plan = RemoteEvents::Plan::forDefinition(funnel);
    // More events than the computer holds: refused before any is read, saying what to do.
    plan.maxEvents = 1000;
    QVERIFY(!remote.readIndex(store, plan, context, &failure));
    QVERIFY2(failure->message.contains(QLatin1String("more than this computer can hold"))
                 && failure->message.contains(QLatin1String("--sample")),
             qPrintable(failure->message));
    // A 30 % sample fits, and its figures are exactly those of its persons: the local funnel's
    // levels of the same persons give the same step counts.
    plan.samplePercent = 30;
    plan.maxEvents = 1000000;
    const auto sampled = remote.readIndex(store, plan, context, &failure);
    QVERIFY2(sampled, failure ? qPrintable(failure->message) : "");
    const auto local = EventIndex::open(store, context, &failure);
    QVERIFY(sampled->personCount() > local->personCount() / 5);
    QVERIFY(sampled->personCount() < local->personCount() * 2 / 5);
    const AnalysisKindEngine *kind = AnalysisKinds::of(funnel);
    const AnalysisOutcome whole = kind->compute(funnel, *local, store, context);
    const AnalysisOutcome part = kind->compute(funnel, *sampled, store, context);
    QVERIFY(!whole.failure && !part.failure);
    const auto &levels = whole.resultAs<FunnelResult>().levels;
    const auto &steps = part.resultAs<FunnelResult>().groups.first().steps;
    for (int step = 1; step <= 3; ++step) {
        qint64 expected = 0;
        for (int p = 0; p < local->personCount(); ++p)
            expected += RemoteEvents::Plan::sampled(local->personRowId(p), 30)
                        && levels[size_t(p)] >= step;
        QCOMPARE(steps[step - 1].persons, expected);
    }
    // The CLI says it is a sample; --sample without a server is refused.
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    const CliRun run = runCli({QStringLiteral("funnel"),
                               m_project,
                               QStringLiteral("--steps"),
                               QStringLiteral("signup,purchase"),
                               QStringLiteral("--clickhouse"),
                               url,
                               QStringLiteral("--database"),
                               QStringLiteral("saved"),
                               QStringLiteral("--sample"),
                               QStringLiteral("30")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("computed on a 30% sample of persons"), run.err.constData());
    const CliRun alone = runCli({QStringLiteral("funnel"),
                                 m_project,
                                 QStringLiteral("--steps"),
                                 QStringLiteral("signup,purchase"),
                                 QStringLiteral("--sample"),
                                 QStringLiteral("30")});
    QCOMPARE(alone.exitCode, 1);
    QVERIFY(alone.err.contains("--sample goes with --clickhouse URL"));
}

void TestClickHouse::connectionErrorsAreClear()
{
    ProjectStore store;
    QVERIFY(!store.open(m_project, ProjectStore::Access::ReadOnly));
    JobContext context;
    std::optional<Failure> failure;
    // Refused: a port nobody listens on.
    {
        ClickHouseTarget nobody = target(QStringLiteral("saved"));
        nobody.port = 1;
        RemoteEvents remote(nobody);
        QVERIFY(!remote.readIndex(store, RemoteEvents::Plan(), context, &failure));
        QVERIFY2(failure->message.contains(QLatin1String("cannot connect to ClickHouse at "
                                                         "127.0.0.1:1")),
                 qPrintable(failure->message));
        QVERIFY(failure->message.contains(QLatin1String("refused")));
    }
    // Wrong password.
    {
        ClickHouseTarget analyst = target(QStringLiteral("saved"), QStringLiteral("analyst"));
        analyst.password = QStringLiteral("wrong");
        RemoteEvents remote(analyst);
        QVERIFY(!remote.readIndex(store, RemoteEvents::Plan(), context, &failure));
        QVERIFY2(failure->message.contains(QLatin1String("refused user 'analyst'"))
                     && failure->message.contains(QLatin1String("QUADRANT_CLICKHOUSE_PASSWORD")),
                 qPrintable(failure->message));
        analyst.password = QStringLiteral("s3cret");
        QString version;
        QVERIFY(!ClickHouseClient(analyst).scalar(QStringLiteral("SELECT version()"), &version));
        QVERIFY(!version.isEmpty());
    }
    // A query killed by the server's limits (4 MB for this user): its words, one line.
    {
        RemoteEvents remote(target(QStringLiteral("saved"), QStringLiteral("tight")));
        QVERIFY(!remote.readIndex(store, RemoteEvents::Plan(), context, &failure));
        QVERIFY2(failure->message.contains(QLatin1String("Memory limit")),
                 qPrintable(failure->message));
        QVERIFY(failure->message.contains(QLatin1String("(code 241)")));
        QVERIFY(!failure->toString().contains(QLatin1Char('\n')));
    }
    // No answer in time: the client gives up and the query is stopped on the server.
    {
        ClickHouseClient slow(target(QStringLiteral("saved")));
        slow.setTimeouts(5, 1);
        const auto late = slow.run(QStringLiteral("SELECT sleep(3)"));
        QVERIFY(late);
        // Given up, not answered: the server's answer (after 3 s) never came to be read.
        QVERIFY2(late->message.contains(QLatin1String("sent nothing for 1 s")),
                 qPrintable(late->message));
    }
    // A server that is not ClickHouse.
    {
        ClickHouseClient wrong(target(QStringLiteral("saved")));
        const auto error = wrong.run(QStringLiteral("SELEC nonsense"));
        QVERIFY(error);
        QVERIFY2(error->message.contains(QLatin1String("Syntax error"))
                     && error->message.contains(QLatin1String("(code 62)")),
                 qPrintable(error->message));
    }
}

void TestClickHouse::hostileServerIsRefused_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("message");
    QTest::newRow("not http") << QStringLiteral("junk") << QStringLiteral("did not answer in HTTP");
    QTest::newRow("endless header")
        << QStringLiteral("header") << QStringLiteral("did not answer in HTTP");
    QTest::newRow("absurd counts")
        << QStringLiteral("counts") << QStringLiteral("counts more events than the project holds");
    // Issue #23's probe: endless zero counts kept the read going for ever; a length of endless
    // 0xFF bytes grew memory without end; times no push sends were taken.
    QTest::newRow("a count of zero")
        << QStringLiteral("zero") << QStringLiteral("a person or an event name this project");
    QTest::newRow("a person counted twice")
        << QStringLiteral("twice") << QStringLiteral("a person or an event name this project");
    QTest::newRow("a length that is no length")
        << QStringLiteral("varint") << QStringLiteral("with no length at all");
    QTest::newRow("a time in the year 292 million")
        << QStringLiteral("time") << QStringLiteral("a person or an event name this project");
    QTest::newRow("a stranger's persons")
        << QStringLiteral("stranger") << QStringLiteral("a person or an event name this project");
    QTest::newRow("more rows than counted")
        << QStringLiteral("rows") << QStringLiteral("a person or an event name this project");
    QTest::newRow("rows cut short")
        << QStringLiteral("short") << QStringLiteral("or a row cut short");
    QTest::newRow("an exception after the rows")
        << QStringLiteral("exception") << QStringLiteral("exceeded (code 241)");
}

void TestClickHouse::hostileServerIsRefused()
{
    QFETCH(QString, answer);
    QFETCH(QString, message);
    ProjectStore store;
    QVERIFY(!store.open(m_project, ProjectStore::Access::ReadOnly));
    QString error;
    const QString fingerprint = *RemoteEvents::fingerprint(store, &error);
    JobContext context;
    std::optional<Failure> failure;
    const auto local = EventIndex::open(store, context, &failure);
    const qint64 person = local->personRowId(0);
    // A state that matches the project, then what the case sends for the events.
    const QByteArray keys = answer == QLatin1String("varint") ? "[\\\"plan\\\"]" : "[]";
    const QByteArray state
        = "{\"fingerprint\":\"" + fingerprint.toLatin1()
          + "\",\"complete\":1,\"max_identity\":\"1\",\"mapping\":\"\",\"keys\":\"" + keys
          + "\",\"events\":\"10\",\"min_ts\":\"0\",\"max_ts\":\"1\",\"names\":\"[]\"}\n";
    auto binary = [](auto value) {
        return QByteArray(reinterpret_cast<const char *>(&value), sizeof value);
    };
    const QByteArray row = binary(person) + binary(qint64(1780000000000)) + binary(quint64(1))
                           + binary(quint32(1)) + binary(quint8(1));
    FakeServer server([&](const QByteArray &request) -> QByteArray {
        if (answer == QLatin1String("junk"))
            return "SSH-2.0-OpenSSH_9.2\r\n";
        if (answer == QLatin1String("header"))
            return "HTTP/1.0 200 OK\r\n" + QByteArray(200000, 'x');
        if (request.contains("quadrant_pushes"))
            return httpOk(state);
        if (request.contains("GROUP BY person_row")) {
            if (answer == QLatin1String("counts"))
                return httpOk(binary(person) + binary(quint64(1) << 62));
            if (answer == QLatin1String("stranger"))
                return httpOk(binary(qint64(987654321)) + binary(quint64(1)));
            if (answer == QLatin1String("zero"))
                return httpOk(binary(person) + binary(quint64(0)));
            if (answer == QLatin1String("twice"))
                return httpOk(binary(person) + binary(quint64(1)) + binary(person)
                              + binary(quint64(1)));
            return httpOk(binary(person) + binary(quint64(1)));
        }
        if (answer == QLatin1String("varint"))
            return httpOk(row + QByteArray(64, '\xff'));
        if (answer == QLatin1String("time"))
            return httpOk(binary(person) + binary(std::numeric_limits<qint64>::max())
                          + binary(quint64(1)) + binary(quint32(1)) + binary(quint32(1)));
        if (answer == QLatin1String("rows"))
            return httpOk(row + row);
        if (answer == QLatin1String("short"))
            return httpOk(row.left(10));
        if (answer == QLatin1String("exception"))
            return httpOk(row
                          + "Code: 241, e.displayText() = DB::Exception: Memory limit (for "
                            "query) exceeded, e.what() = DB::Exception\n");
        return httpOk(row);
    });
    ClickHouseTarget hostile = target(QStringLiteral("saved"));
    hostile.port = server.port();
    RemoteEvents remote(hostile);
    QVERIFY(!remote.readIndex(store, RemoteEvents::Plan(), context, &failure));
    QVERIFY2(failure->message.contains(message), qPrintable(failure->message));
    QVERIFY(!failure->toString().contains(QLatin1Char('\n')));
}

void TestClickHouse::drippingServerMeetsTheDeadline_data()
{
    QTest::addColumn<QByteArray>("start");
    // A header that never ends (64 KB at a byte a second took 18 hours), and a body that never
    // ends after a header that did (forever: each byte kept the idle timeout at bay).
    QTest::newRow("header") << QByteArray("HTTP/1.0 200 OK\r\nX-ClickHouse-Summary: ");
    QTest::newRow("body") << QByteArray("HTTP/1.0 200 OK\r\n\r\n");
}

void TestClickHouse::drippingServerMeetsTheDeadline()
{
    QFETCH(QByteArray, start);
    FakeServer server(endlessly(start, "1", 250));
    ClickHouseTarget dripping = target(QStringLiteral("saved"));
    dripping.port = server.port();
    ClickHouseClient client(dripping);
    client.setTimeouts(5, 5);
    client.setDeadline(2);
    QElapsedTimer timer;
    timer.start();
    QByteArray answer;
    const auto failure
        = client.run(QStringLiteral("SELECT count() FROM quadrant_events"), QByteArray(), &answer);
    QVERIFY(failure);
    QVERIFY2(failure->message.contains(QLatin1String("did not finish within 2 s")),
             qPrintable(failure->message));
    QVERIFY(failure->message.contains(QLatin1String("QUADRANT_CLICKHOUSE_DEADLINE")));
    QVERIFY(timer.elapsed() >= 2000);
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    // Given up on, and told to the server, so that nothing keeps running there.
    bool killed = false;
    for (const QByteArray &request : server.requests())
        killed = killed || request.contains("KILL QUERY");
    QVERIFY(killed);

    // The same from the command line, where the deadline comes from the environment: one line.
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    const CliRun run = runCli({QStringLiteral("trend"),
                               m_project,
                               QStringLiteral("--event"),
                               QStringLiteral("login"),
                               QStringLiteral("--clickhouse"),
                               url,
                               QStringLiteral("--database"),
                               QStringLiteral("saved")},
                              {QStringLiteral("QUADRANT_CLICKHOUSE_DEADLINE=2")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("did not finish within 2 s"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    const CliRun wrong = runCli({QStringLiteral("trend"),
                                 m_project,
                                 QStringLiteral("--event"),
                                 QStringLiteral("login"),
                                 QStringLiteral("--clickhouse"),
                                 url},
                                {QStringLiteral("QUADRANT_CLICKHOUSE_DEADLINE=soon")});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("QUADRANT_CLICKHOUSE_DEADLINE is 'soon'"), wrong.err.constData());
}

void TestClickHouse::endlessAnswerIsCapped()
{
    // A megabyte at a time, as fast as it goes, for a statement whose answer is one number:
    // collected whole, 200 MB of it took push to 560 MB. KILL QUERY is flooded too: the first
    // cap sent the query's KILL QUERY, whose flood was capped and sent its own, without end
    // (5 GB, then SIGSEGV).
    FakeServer server(endlessly("HTTP/1.0 200 OK\r\n\r\n", QByteArray(1 << 20, '7'), 0), true);
    ClickHouseTarget flooding = target(QStringLiteral("saved"));
    flooding.port = server.port();
    ClickHouseClient client(flooding);
    QByteArray answer;
    const auto failure
        = client.run(QStringLiteral("SELECT count() FROM quadrant_events"), QByteArray(), &answer);
    QVERIFY(failure);
    QVERIFY2(failure->message.contains(QLatin1String("sent more than 16 MB")),
             qPrintable(failure->message));
    QVERIFY(answer.size() <= ClickHouseClient::maxAnswerBytes);
    // A statement whose answer nobody reads (CREATE TABLE) is held to the same.
    const auto ignored = client.run(QStringLiteral("CREATE DATABASE IF NOT EXISTS saved"));
    QVERIFY(ignored);
    QVERIFY2(ignored->message.contains(QLatin1String("sent more than 16 MB")),
             qPrintable(ignored->message));
    // And a push stops at its first statement, saying why in one line.
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    const CliRun run = runCli({QStringLiteral("push"),
                               m_project,
                               QStringLiteral("--clickhouse"),
                               url,
                               QStringLiteral("--database"),
                               QStringLiteral("flooded")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("sent more than 16 MB"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

void TestClickHouse::pushDropsOnlyItsOwnEvents()
{
    ClickHouseClient client(target(QStringLiteral("default")));
    auto count = [&](const QString &table) {
        QString value;
        const auto failure
            = client.scalar(QStringLiteral("SELECT count() FROM %1").arg(table), &value);
        return failure ? QStringLiteral("error: ") + failure->message : value;
    };
    auto pushTo = [&](const QString &project, const QString &database) {
        ProjectStore store;
        if (auto failure = store.open(project, ProjectStore::Access::ReadOnly))
            return failure;
        RemoteEvents remote(target(database));
        JobContext context;
        RemoteEvents::PushReport report;
        return remote.push(store, context, &report);
    };

    // Another program's table of the same name, in a database Quadrant never marked.
    QVERIFY(!client.run(QStringLiteral("CREATE DATABASE IF NOT EXISTS strangers")));
    QVERIFY(!client.run(QStringLiteral(
        "CREATE TABLE strangers.quadrant_events (person_row Int64, user_id String, ts Int64, seq "
        "UInt64, name String, source String, properties String, block UInt64) ENGINE = "
        "MergeTree() ORDER BY (person_row, ts, seq)")));
    QVERIFY(!client.run(QStringLiteral("INSERT INTO strangers.quadrant_events FORMAT "
                                       "TabSeparated"),
                        "1\tx\t1\t1\tpaid\tweb\t\t7\n2\ty\t2\t2\tpaid\tweb\t\t7\n"));
    auto refused = pushTo(m_project, QStringLiteral("strangers"));
    QVERIFY(refused);
    QVERIFY2(refused->message.contains(QLatin1String("no Quadrant project marked as its own")),
             qPrintable(refused->message));
    QCOMPARE(count(QStringLiteral("strangers.quadrant_events")), QStringLiteral("2"));

    // This project's database, then another project pushed to it: refused, nothing lost.
    QVERIFY(!pushTo(m_project, QStringLiteral("owned")));
    const QString events = count(QStringLiteral("owned.quadrant_events"));
    QVERIFY(events.toLongLong() > 0);
    const QString other = m_dir.filePath(QStringLiteral("other.quadrant"));
    makeSampleProject(other, 200);
    refused = pushTo(other, QStringLiteral("owned"));
    QVERIFY(refused);
    QVERIFY2(refused->message.contains(QLatin1String("holds another project's events")),
             qPrintable(refused->message));
    QCOMPARE(count(QStringLiteral("owned.quadrant_events")), events);
    // A demo copy is a project of its own: it neither replaces the client's events there nor
    // takes them for its own.
    const QString demo = m_dir.filePath(QStringLiteral("demo.quadrant"));
    const CliRun copied
        = runCli({QStringLiteral("demo-copy"), m_project, QStringLiteral("--out"), demo});
    QVERIFY2(copied.exitCode == 0, copied.err.constData());
    refused = pushTo(demo, QStringLiteral("owned"));
    QVERIFY(refused);
    QVERIFY2(refused->message.contains(QLatin1String("holds another project's events")),
             qPrintable(refused->message));
    QCOMPARE(count(QStringLiteral("owned.quadrant_events")), events);
    QVERIFY(!pushTo(demo, QStringLiteral("demo")));

    // An earlier Quadrant's push (no mark) of exactly this project's events is taken as its own.
    QVERIFY(!client.run(QStringLiteral("DROP TABLE owned.quadrant_owner")));
    QVERIFY(!pushTo(m_project, QStringLiteral("owned")));
    QCOMPARE(count(QStringLiteral("owned.quadrant_owner")), QStringLiteral("1"));
    QCOMPARE(count(QStringLiteral("owned.quadrant_events")), events);
}

void TestClickHouse::serverThatAgreesToEverythingLosesNothing()
{
    // "1" to every statement: the push read that as a state, a count and a block list, and sent
    // DROP TABLE for the events it took for a stale copy of its own.
    FakeServer server([](const QByteArray &) { return httpOk("1\n"); });
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    const CliRun run = runCli({QStringLiteral("push"),
                               m_project,
                               QStringLiteral("--clickhouse"),
                               url,
                               QStringLiteral("--database"),
                               QStringLiteral("quadrant")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("holds another project's events"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    const auto requests = server.requests();
    QVERIFY(!requests.empty());
    for (const QByteArray &request : requests) {
        QVERIFY2(!request.contains("DROP") && !request.contains("TRUNCATE")
                     && !request.contains("ALTER"),
                 request.constData());
        QVERIFY2(!request.contains("INSERT INTO `quadrant`.`quadrant_events`"),
                 request.constData());
    }
}

void TestClickHouse::answersThatDoNotAddUpAreRefused()
{
    // Found by issue #23's probe, each a fake server's answers to a push or a read.
    const QString url = QStringLiteral("http://127.0.0.1:%1");
    auto push = [&](const FakeServer &server) {
        return runCli({QStringLiteral("push"),
                       m_project,
                       QStringLiteral("--clickhouse"),
                       url.arg(server.port()),
                       QStringLiteral("--database"),
                       QStringLiteral("quadrant")});
    };
    auto nothingDropped = [](const FakeServer &server) {
        for (const QByteArray &request : server.requests())
            if (request.contains("DROP") || request.contains("TRUNCATE"))
                return false;
        return true;
    };
    // No events, then blocks of them: the push claimed the database as empty, then dropped it.
    {
        FakeServer server([](const QByteArray &request) -> QByteArray {
            if (request.contains("SELECT count() FROM"))
                return httpOk("0\n");
            if (request.contains("SELECT block, count()"))
                return httpOk("999\t5\n");
            return httpOk("");
        });
        const CliRun run = push(server);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("counted no events in quadrant, then listed blocks"),
                 run.err.constData());
        QVERIFY(nothingDropped(server));
    }
    // The event names cut short: the push was recorded as finished, with no names.
    {
        FakeServer server([](const QByteArray &request) -> QByteArray {
            if (request.contains("SELECT count(), min(ts), max(ts)"))
                return httpOk("10\t0\t1\n");
            if (request.contains("SELECT count() FROM"))
                return httpOk("0\n");
            if (request.contains("JSONCompact"))
                return httpOk("{\"meta\":[],\"data\":[[\"login\",");
            return httpOk("");
        });
        const CliRun run = push(server);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cannot be read"), run.err.constData());
        for (const QByteArray &request : server.requests())
            QVERIFY2(!(request.contains("INSERT INTO `quadrant`.`quadrant_pushes`")
                       && request.contains("\t1\t")),
                     "recorded as finished");
    }
    // Nothing where a count belongs: said so, not taken for events nobody marked.
    {
        FakeServer server([](const QByteArray &) { return httpOk(""); });
        const CliRun run = push(server);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("did not answer a count"), run.err.constData());
        QVERIFY(nothingDropped(server));
    }
    // Fewer bytes than the answer announced.
    {
        FakeServer server([](const QByteArray &) {
            return QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 100\r\n\r\n12");
        });
        ClickHouseTarget cut = target(QStringLiteral("saved"));
        cut.port = server.port();
        QString value;
        const auto failure = ClickHouseClient(cut).scalar(QStringLiteral("SELECT 12"), &value);
        QVERIFY(failure);
        QVERIFY2(failure->message.contains(QLatin1String("sent 2 of the 100 bytes")),
                 qPrintable(failure->message));
    }
    // An error without end, at full speed, its KILL QUERY's too: every byte read pushed the
    // deadline out, so it never came.
    {
        FakeServer server(
            endlessly("HTTP/1.0 500 Internal Server Error\r\n\r\n", QByteArray(1 << 20, 'e'), 0),
            true);
        ClickHouseTarget flooding = target(QStringLiteral("saved"));
        flooding.port = server.port();
        ClickHouseClient client(flooding);
        client.setDeadline(5);
        QElapsedTimer timer;
        timer.start();
        const auto failure = client.run(QStringLiteral("SELECT 1"));
        QVERIFY(failure);
        QVERIFY2(failure->message.startsWith(QLatin1String("ClickHouse at 127.0.0.1:")),
                 qPrintable(failure->message));
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }
}

void TestClickHouse::cancelStopsTheServersQuery()
{
    ClickHouseClient client(target(QStringLiteral("saved")));
    JobContext context;
    QThread *canceler = QThread::create([&context]() {
        QThread::msleep(500);
        context.cancel();
    });
    canceler->start();
    QElapsedTimer timer;
    timer.start();
    // Minutes of work for the server, streaming nothing until done.
    const auto failure = client.run(
        QStringLiteral("SELECT count() FROM numbers(100000000000) WHERE sipHash64(number) = 1"),
        QByteArray(),
        nullptr,
        &context);
    canceler->wait();
    delete canceler;
    QVERIFY(failure);
    QCOMPARE(failure->message, QStringLiteral("canceled"));
    // Not the minutes the query needs (a sanity bound, not a speed target).
    QVERIFY(timer.elapsed() < 120000);
    // KILL QUERY ... ASYNC: the server lets go of it within a few seconds.
    QString running = QStringLiteral("1");
    for (int i = 0; i < 100 && running != QLatin1String("0"); ++i) {
        QVERIFY(!client.scalar(QStringLiteral("SELECT count() FROM system.processes WHERE query "
                                              "LIKE '%sipHash64(number) = 1%' AND query NOT LIKE "
                                              "'%system.processes%'"),
                               &running));
        if (running != QLatin1String("0"))
            QThread::msleep(100);
    }
    QCOMPARE(running, QStringLiteral("0"));
}

int main(int argc, char **argv)
{
    return skippableMain<QCoreApplication, TestClickHouse>(argc, argv);
}
#include "tst_clickhouse.moc"
