// SPDX-License-Identifier: MIT
#include "samplewriter.h"

#include "analysis/calendar.h"
#include "common/timeparser.h"
#include "import/importkind.h"
#include "import/rowwriter.h"
#include "jobs/jobcontext.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace Quadrant::Sample {

namespace {

// Builds MappedRows for one kind and hands them to that kind's writer.
class SampleBatch
{
public:
    SampleBatch(sqlite3 *db, ImportKind kind)
        : m_db(db)
        , m_spec(kindSpec(kind))
        , m_writer(RowWriter::create(kind))
    {}

    std::optional<Failure> begin(qint64 expectedRows)
    {
        SqliteStatement log;
        if (auto f
            = log.prepare(m_db,
                          "INSERT INTO import_log(kind, file, started_at, finished_at, rows_read,"
                          " rows_imported, rows_rejected, settings) VALUES (?, '(built-in "
                          "sample)', ?, ?, 0, 0, 0, '{}')"))
            return f;
        const QByteArray name = m_spec.name.toUtf8();
        log.bindText(1, name);
        // When the sample was written, not when its story happens: the status line's "last
        // import" is a time on the user's clock.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        log.bind(2, now);
        log.bind(3, now);
        if (!log.execute())
            return Failure(log.errorText());
        m_importId = sqlite3_last_insert_rowid(m_db);
        return m_writer->begin(m_db, m_importId, expectedRows);
    }

    void clear()
    {
        m_row.values.assign(size_t(m_spec.fields.size()), FieldValue());
        m_properties.resize(0);
        m_texts.clear();
    }
    void text(const char *field, const QByteArray &value)
    {
        m_texts.push_back(value);
        FieldValue &v = m_row.values[size_t(m_spec.fieldIndex(QString::fromLatin1(field)))];
        v.type = FieldValue::Type::Text;
        v.text = QByteArrayView(m_texts.back());
    }
    void integer(const char *field, qint64 value)
    {
        FieldValue &v = m_row.values[size_t(m_spec.fieldIndex(QString::fromLatin1(field)))];
        v.type = FieldValue::Type::Integer;
        v.integer = value;
    }
    void real(const char *field, double value)
    {
        FieldValue &v = m_row.values[size_t(m_spec.fieldIndex(QString::fromLatin1(field)))];
        v.type = FieldValue::Type::Real;
        v.real = value;
    }
    void property(const char *key, const QByteArray &value)
    {
        m_properties.append(m_properties.isEmpty() ? '{' : ',');
        appendJsonString(m_properties, key);
        m_properties.append(':');
        appendJsonString(m_properties, value);
    }
    void numberProperty(const char *key, double value)
    {
        m_properties.append(m_properties.isEmpty() ? '{' : ',');
        appendJsonString(m_properties, key);
        m_properties.append(':');
        appendJsonNumber(m_properties, value);
    }
    std::optional<Failure> write()
    {
        if (!m_properties.isEmpty())
            m_properties.append('}');
        m_row.properties = QByteArrayView(m_properties);
        RowReject reject;
        if (m_writer->write(m_row, reject) != RowWriter::Outcome::Written)
            return Failure(QCoreApplication::translate("Quadrant", "sample %1: %2")
                               .arg(m_spec.name, m_writer->lastError()));
        ++m_rows;
        return std::nullopt;
    }
    std::optional<Failure> finish()
    {
        if (auto f = m_writer->finish())
            return f;
        SqliteStatement log;
        if (auto f = log.prepare(
                m_db, "UPDATE import_log SET rows_read = ?1, rows_imported = ?1 WHERE id = ?2"))
            return f;
        log.bind(1, m_rows);
        log.bind(2, m_importId);
        return log.execute() ? std::nullopt : std::optional<Failure>(Failure(log.errorText()));
    }

private:
    sqlite3 *m_db;
    const KindSpec &m_spec;
    std::unique_ptr<RowWriter> m_writer;
    qint64 m_importId = 0;
    qint64 m_rows = 0;
    MappedRow m_row;
    QByteArray m_properties;
    std::vector<QByteArray> m_texts;
};

} // namespace

std::optional<Failure> writeActivity(sqlite3 *db, const World &world, JobContext &context)
{
    const QVector<Account> &accounts = world.accounts;
    const QVector<Person> &persons = world.persons;
    const QVector<QByteArray> &names = world.names, &sources = world.sources;
    const std::vector<PendingEvent> &events = world.events;

    SampleBatch accountBatch(db, ImportKind::Accounts);
    if (auto f = accountBatch.begin(accounts.size()))
        return f;
    for (const Account &a : accounts) {
        accountBatch.clear();
        accountBatch.text("account_id", a.id);
        accountBatch.text("name", a.name);
        accountBatch.text("industry", a.industry);
        accountBatch.text("plan", a.plan);
        accountBatch.real("arr", a.arr);
        accountBatch.integer("contract_start", a.contractStart - a.contractStart % s_day);
        accountBatch.integer("renewal_date", a.renewal - a.renewal % s_day);
        accountBatch.text("owner", a.owner);
        accountBatch.numberProperty("seats", a.seats);
        if (auto f = accountBatch.write())
            return f;
    }
    if (auto f = accountBatch.finish())
        return f;

    SampleBatch personBatch(db, ImportKind::Persons);
    if (auto f = personBatch.begin(persons.size()))
        return f;
    for (const Person &p : persons) {
        personBatch.clear();
        personBatch.text("user_id", p.id);
        if (!p.accountId.isEmpty())
            personBatch.text("account_id", p.accountId);
        personBatch.property("role", p.role);
        personBatch.property("channel", p.channel);
        personBatch.property("signup_time", Calendar::dateText(p.signup).toUtf8());
        personBatch.property("plan", p.plan);
        if (auto f = personBatch.write())
            return f;
    }
    if (auto f = personBatch.finish())
        return f;

    SampleBatch eventBatch(db, ImportKind::Events);
    if (auto f = eventBatch.begin(qint64(events.size())))
        return f;
    for (size_t e = 0; e < events.size(); ++e) {
        const PendingEvent &event = events[e];
        const Person &p = persons[event.person];
        eventBatch.clear();
        eventBatch.text("user_id", event.anonymous ? p.anonymousId : p.id);
        eventBatch.text("event", names[event.feature]);
        eventBatch.integer("time", event.ts);
        eventBatch.text("source", sources[event.feature]);
        // Onboarding happens on the free trial; a purchase is of the plan the person then has.
        eventBatch.property(
            "plan", event.feature >= Purchase || event.ts < p.signup ? p.plan : QByteArray("free"));
        if (!p.accountId.isEmpty() && !event.anonymous)
            eventBatch.property("account_id", p.accountId);
        if (!event.page.isEmpty())
            eventBatch.property("page", event.page);
        if (!p.variant.isEmpty() && sources[event.feature] == "web")
            eventBatch.property("pricing_test", p.variant);
        if (event.feature == Purchase)
            eventBatch.numberProperty("amount", p.account >= 0 ? accounts[p.account].arr / 12 : 49);
        if (auto f = eventBatch.write())
            return f;
        if ((e & 16383) == 0)
            context.setProgress(0.4 + 0.5 * double(e) / double(events.size()),
                                QCoreApplication::translate("Quadrant", "Writing events"));
    }
    if (auto f = eventBatch.finish())
        return f;

    // One-ID: the anonymous web visitor is the person who signed up.
    SampleBatch aliasBatch(db, ImportKind::Aliases);
    if (auto f = aliasBatch.begin(persons.size()))
        return f;
    for (const Person &p : persons) {
        if (!p.signedUpInRange)
            continue;
        aliasBatch.clear();
        aliasBatch.text("alias", p.anonymousId);
        aliasBatch.text("user_id", p.id);
        if (auto f = aliasBatch.write())
            return f;
    }
    if (auto f = aliasBatch.finish())
        return f;
    return std::nullopt;
}

std::optional<Failure> writeCrm(sqlite3 *db, const World &world, Random &random, qint64 start)
{
    const QVector<Account> &accounts = world.accounts;
    const QVector<Person> &persons = world.persons;

    // Marketing: spend per paid channel per day; leads from signups; deals for accounts.
    static const QHash<QByteArray, double> dailySpend{
        {"paid_search", 420}, {"social", 260}, {"email", 40}, {"partner", 150}, {"referral", 60}};
    SampleBatch spendBatch(db, ImportKind::Spend);
    if (auto f = spendBatch.begin(s_days * 5))
        return f;
    for (int d = 0; d < s_days; ++d) {
        const qint64 day = start + d * s_day;
        const bool weekend = ((day / s_day) + 3) % 7 >= 5;
        for (const QByteArray &channel : channels()) {
            if (!dailySpend.contains(channel))
                continue;
            spendBatch.clear();
            spendBatch.integer("date", day);
            spendBatch.text("channel", channel);
            spendBatch.text("campaign", channel + "-q3");
            spendBatch.real("amount",
                            std::round(dailySpend.value(channel) * (weekend ? 0.6 : 1.0)
                                       * (0.8 + random.uniform() * 0.4) * 100)
                                / 100);
            if (auto f = spendBatch.write())
                return f;
        }
    }
    if (auto f = spendBatch.finish())
        return f;

    SampleBatch leadBatch(db, ImportKind::Leads);
    if (auto f = leadBatch.begin(persons.size()))
        return f;
    int leadCount = 0;
    for (const Person &p : persons) {
        if (!p.signedUpInRange)
            continue;
        leadBatch.clear();
        leadBatch.text("lead_id", "lead-" + QByteArray::number(++leadCount).rightJustified(5, '0'));
        leadBatch.text("user_id", p.id);
        if (!p.accountId.isEmpty())
            leadBatch.text("account_id", p.accountId);
        leadBatch.text("channel", p.channel);
        leadBatch.text(
            "status",
            QVector<QByteArray>{
                "new", "qualified", "converted", "disqualified"}[random.weighted({3, 2, 2, 1})]);
        leadBatch.integer("created", p.signup);
        if (auto f = leadBatch.write())
            return f;
    }
    if (auto f = leadBatch.finish())
        return f;

    SampleBatch dealBatch(db, ImportKind::Deals);
    if (auto f = dealBatch.begin(accounts.size()))
        return f;
    int dealCount = 0;
    for (const Account &a : accounts) {
        const int deals = random.chance(0.6) ? 1 + random.below(2) : 0;
        for (int k = 0; k < deals; ++k) {
            dealBatch.clear();
            dealBatch.text("deal_id",
                           "deal-" + QByteArray::number(++dealCount).rightJustified(5, '0'));
            dealBatch.text("account_id", a.id);
            dealBatch.text("channel", channels()[random.weighted({3, 2.5, 1.5, 1, 1, 0.8})]);
            const QByteArray stage = QVector<QByteArray>{
                "prospecting",
                "proposal",
                "negotiation",
                "closed_won",
                "closed_lost"}[random.weighted({2, 2, 1.5, 2.5 * (0.5 + a.health), 2})];
            dealBatch.real(
                "amount",
                std::round((a.arr > 0 ? a.arr * 0.5 : 8000) * (0.5 + random.uniform()) / 100)
                    * 100);
            const qint64 created = start + qint64(random.below(s_days - 20)) * s_day;
            dealBatch.integer("created", created);
            const qint64 closed
                = stage.startsWith("closed") ? created + qint64(5 + random.below(40)) * s_day : 0;
            // A deal that would close after the data ends is still being negotiated: nothing in
            // the sample happens after its last day, the "as of" day of health scores.
            if (closed > 0 && closed < start + s_days * s_day) {
                dealBatch.text("stage", stage);
                dealBatch.integer("closed", closed);
            } else {
                dealBatch.text("stage", closed > 0 ? QByteArray("negotiation") : stage);
            }
            dealBatch.property("owner", a.owner);
            if (auto f = dealBatch.write())
                return f;
        }
    }
    if (auto f = dealBatch.finish())
        return f;

    SampleBatch npsBatch(db, ImportKind::Nps);
    if (auto f = npsBatch.begin(persons.size() / 3))
        return f;
    for (const Person &p : persons) {
        if (!random.chance(0.3))
            continue;
        const double health = p.account >= 0 ? accounts[p.account].health : 0.35;
        const int score
            = std::clamp(int(std::lround(health * 10 + (random.uniform() - 0.5) * 5)), 0, 10);
        npsBatch.clear();
        npsBatch.text("user_id", p.id);
        npsBatch.text("account_id", p.accountId);
        npsBatch.integer("score", score);
        npsBatch.integer("time", start + qint64(random.uniform() * s_days * s_day));
        if (score <= 6)
            npsBatch.text("comment",
                          QVector<QByteArray>{"Too slow with big reports",
                                              "Missing the integration we need",
                                              "Hard to set up",
                                              "Pricing is unclear"}[random.below(4)]);
        else if (score >= 9)
            npsBatch.text("comment",
                          QVector<QByteArray>{"Love the dashboards",
                                              "Saves our team hours",
                                              "Great support"}[random.below(3)]);
        if (auto f = npsBatch.write())
            return f;
    }
    if (auto f = npsBatch.finish())
        return f;
    return std::nullopt;
}

} // namespace Quadrant::Sample
