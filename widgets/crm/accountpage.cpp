// SPDX-License-Identifier: MIT
#include "accountpage.h"

#include "accountreport.h"
#include "analysis/calendar.h"
#include "analysis/eventindex.h"
#include "charts/chartstyle.h"
#include "document/projectsession.h"
#include "item/recordtablemodel.h"
#include "jobs/job.h"
#include "timeline/timelinedialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace Quadrant {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &header)
{
    auto *table = new QTableWidget(0, int(header.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(header);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

void fill(QTableWidget *table, const QVector<QStringList> &rows)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    table->resizeColumnsToContents();
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

QString dateOf(std::optional<qint64> ms)
{
    return ms ? Calendar::dateText(*ms) : QStringLiteral("—");
}

} // namespace

AccountPage::AccountPage(ProjectSession *session,
                         const QString &accountId,
                         const QString &healthModel,
                         std::optional<qint64> asOfDay,
                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_accountId(accountId)
    , m_model(healthModel)
    , m_asOfDay(asOfDay)
    , m_job(new Job(this))
    , m_header(new QLabel(tr("Reading %1...").arg(accountId), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("accountPage"));
    setWindowTitle(tr("Account %1").arg(accountId));
    resize(900, 680);
    m_header->setObjectName(QStringLiteral("accountHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);

    auto *overview = new QWidget(m_tabs);
    auto *column = new QVBoxLayout(overview);
    m_measures = makeTable(overview,
                           QStringLiteral("accountMeasures"),
                           {tr("Measure"), tr("Value (0-100)"), tr("Weight")});
    m_measures->setMaximumHeight(190);
    m_usageHost = new QWidget(overview);
    m_usageHost->setLayout(new QVBoxLayout);
    m_usageHost->layout()->setContentsMargins(0, 0, 0, 0);
    m_usageHost->setMinimumHeight(220);
    column->addWidget(m_measures);
    column->addWidget(m_usageHost, 1);
    m_tabs->addTab(overview, tr("Health and usage"));
    m_adoption = makeTable(m_tabs,
                           QStringLiteral("accountAdoption"),
                           {tr("Feature"), tr("Share of people (90 days)"), tr("People")});
    m_tabs->addTab(m_adoption, tr("Adoption"));
    m_people
        = makeTable(m_tabs,
                    QStringLiteral("accountPeople"),
                    {tr("Person"), tr("Role"), tr("Last activity (UTC)"), tr("Events, 30 days")});
    m_tabs->addTab(m_people, tr("People"));
    m_deals = makeTable(m_tabs,
                        QStringLiteral("accountDeals"),
                        {tr("Deal"), tr("Stage"), tr("Amount"), tr("Created"), tr("Closed")});
    m_tabs->addTab(m_deals, tr("Deals"));
    m_nps = makeTable(
        m_tabs, QStringLiteral("accountNps"), {tr("Date"), tr("Who"), tr("Score"), tr("Comment")});
    m_tabs->addTab(m_nps, tr("NPS"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *timeline = buttons->addButton(tr("Timeline..."), QDialogButtonBox::ActionRole);
    auto *preview = buttons->addButton(tr("Print Preview..."), QDialogButtonBox::ActionRole);
    auto *report = buttons->addButton(tr("Health Report (PDF)..."), QDialogButtonBox::ActionRole);
    timeline->setObjectName(QStringLiteral("accountTimeline"));
    preview->setObjectName(QStringLiteral("accountPrintPreview"));
    report->setObjectName(QStringLiteral("accountReport"));
    for (QPushButton *button : {timeline, preview, report})
        button->setEnabled(false);
    connect(this, &AccountPage::loaded, this, [timeline, preview, report] {
        for (QPushButton *button : {timeline, preview, report})
            button->setEnabled(true);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(timeline, &QPushButton::clicked, this, [this] {
        TimelineDialog::open(m_session, Timeline::Subject::Account, m_accountId, this);
    });
    connect(preview, &QPushButton::clicked, this, &AccountPage::printPreview);
    connect(report, &QPushButton::clicked, this, &AccountPage::askAndSaveReport);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    load();
}

AccountPage *AccountPage::open(ProjectSession *session,
                               const QString &accountId,
                               const QString &healthModel,
                               std::optional<qint64> asOfDay,
                               QWidget *parent)
{
    auto *page = new AccountPage(session, accountId, healthModel, asOfDay, parent);
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->QDialog::show();
    return page;
}

void AccountPage::load()
{
    if (!m_session || !m_session->index()) {
        showProblem(tr("The project's events are not read yet."));
        return;
    }
    struct Loaded
    {
        std::optional<AccountProfile> profile;
        QString problem;
    };
    const auto index = m_session->index();
    const QString path = m_session->path(), account = m_accountId, modelName = m_model;
    const std::optional<qint64> asOf = m_asOfDay;
    m_job->start<Loaded>(
        [index, path, account, modelName, asOf](JobContext &context) {
            Loaded loaded;
            ProjectStore store;
            if (auto failure = store.openAlongside(path, ProjectStore::Access::ReadOnly)) {
                loaded.problem = failure->message;
                return loaded;
            }
            HealthModel model;
            std::shared_ptr<const CrmData> crm;
            if (auto failure = HealthEngine::loadModel(store, modelName, &model)) {
                loaded.problem = failure->message;
                return loaded;
            }
            if (asOf)
                model.asOfDay = asOf;
            if (auto failure = HealthEngine::prepare(&crm, store)) {
                loaded.problem = failure->message;
                return loaded;
            }
            const HealthResult health = HealthEngine::run(model, crm, *index, store, context);
            loaded.profile = AccountProfile::build(account, health, *index, &loaded.problem);
            return loaded;
        },
        [this](const Loaded &loaded) {
            if (!loaded.profile) {
                showProblem(loaded.problem);
                return;
            }
            m_profile = loaded.profile;
            show(*m_profile);
            emit this->loaded();
        });
}

void AccountPage::showProblem(const QString &message)
{
    m_header->setText(
        tr("<h2>%1</h2>%2").arg(m_accountId.toHtmlEscaped(), message.toHtmlEscaped()));
    m_tabs->setEnabled(false);
}

void AccountPage::show(const AccountProfile &profile)
{
    const CrmAccount &account = profile.account;
    const AccountHealth &health = profile.health;
    setWindowTitle(tr("Account %1").arg(account.name.isEmpty() ? account.id : account.name));
    QStringList facts{account.id.toHtmlEscaped()};
    for (const QString &fact : {account.industry, account.plan, account.owner})
        if (!fact.isEmpty())
            facts << fact.toHtmlEscaped();
    if (account.arr)
        facts << tr("ARR %1").arg(number(account.arr.value_or(0)));
    if (const auto seats = account.seats())
        facts << tr("%1 seats").arg(number(seats.value_or(0)));
    facts << tr("renewal %1").arg(dateOf(account.renewalMs));
    const QString colour = ChartStyle::bandColor(health.band).name();
    const QString score
        = health.score
              ? tr("<span style='background:%1;color:white;padding:4px'>&nbsp;%2&nbsp;</span> "
                   "%3%4")
                    .arg(colour,
                         number(health.score.value_or(0)),
                         RecordTableModel::valueText(QStringLiteral("band"), health.band),
                         health.trend()
                             ? tr(", %1%2 over 30 days")
                                   .arg(health.trend().value_or(0) >= 0 ? QStringLiteral("+")
                                                                        : QString(),
                                        number(health.trend().value_or(0), 1))
                             : QString())
              : tr("no score (no measure has data)");
    m_header->setText(tr("<h2>%1</h2>%2<br>Health as of %3: %4")
                          .arg((account.name.isEmpty() ? account.id : account.name).toHtmlEscaped(),
                               facts.join(QStringLiteral(" · ")),
                               Calendar::dateText(profile.asOfEndMs - Calendar::msPerDay),
                               score));
    const QString segment
        = profile.model.segmentBy.isEmpty() ? QString() : account.field(profile.model.segmentBy);
    QVector<QStringList> measures;
    for (int m = 0; m < profile.measures.size(); ++m) {
        QString value = tr("no data");
        if (size_t(m) < health.measures.size() && health.measures[size_t(m)].has_value())
            value = number(health.measures[size_t(m)].value(), 1);
        measures << QStringList{
            profile.measures[m].title(), value, number(profile.model.weight(m, segment), 1)};
    }
    fill(m_measures, measures);
    QLayoutItem *old = m_usageHost->layout()->takeAt(0);
    if (old) {
        delete old->widget();
        delete old;
    }
    auto chart = AccountReport::usageChart(profile);
    chart->setObjectName(QStringLiteral("accountUsage"));
    QWidget *shown = chart.release();
    m_usageHost->layout()->addWidget(shown);
    shown->show(); // now, not when the layout gets round to it
    QVector<QStringList> adoption;
    for (const AccountProfile::Adoption &a : profile.adoption)
        adoption << QStringList{
            a.event, number(a.share * 100, 0) + QLatin1Char('%'), QLocale().toString(a.persons)};
    fill(m_adoption, adoption);
    QVector<QStringList> people;
    for (const AccountProfile::Person &p : profile.people)
        people << QStringList{p.userId,
                              p.role,
                              p.lastActivityMs
                                  ? QDateTime::fromMSecsSinceEpoch(*p.lastActivityMs, Qt::UTC)
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : tr("never"),
                              QLocale().toString(p.eventsLast30Days)};
    fill(m_people, people);
    QVector<QStringList> deals;
    for (const CrmDeal &deal : profile.deals)
        deals << QStringList{deal.id,
                             deal.stage,
                             deal.amount ? number(deal.amount.value_or(0)) : QStringLiteral("—"),
                             dateOf(deal.createdMs),
                             dateOf(deal.closedMs)};
    fill(m_deals, deals);
    QVector<QStringList> nps;
    for (const NpsAnswer &answer : profile.nps)
        nps << QStringList{Calendar::dateText(answer.timeMs),
                           answer.userId.isEmpty() ? tr("the account") : answer.userId,
                           QString::number(answer.score),
                           answer.comment};
    fill(m_nps, nps);
    m_tabs->setEnabled(true);
}

std::optional<Failure> AccountPage::saveReport(const QString &path) const
{
    if (!m_profile)
        return Failure(tr("the account is not read yet"), path);
    return AccountReport::writePdf(path, *m_profile);
}

void AccountPage::askAndSaveReport()
{
    if (!m_profile)
        return;
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save Health Report"),
                                                      AccountReport::fileName(m_profile->account),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto failure = saveReport(path))
        QMessageBox::warning(this, tr("Health Report"), failure->toString());
}

void AccountPage::printPreview()
{
    if (!m_profile)
        return;
    auto *dialog = new QPrintPreviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("accountPrintPreviewDialog"));
    dialog->printer()->setPageSize(QPageSize(QPageSize::A4));
    const AccountProfile profile = *m_profile;
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [profile](QPrinter *printer) {
        AccountReport::paint(*printer, profile);
    });
    dialog->open();
}

} // namespace Quadrant
