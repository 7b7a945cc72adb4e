// SPDX-License-Identifier: MIT
#include "lifecycleview.h"

#include "analysiskinds.h"
#include "charts/chartstyle.h"
#include "daterangeeditor.h"
#include "document/projectsession.h"
#include "droptarget.h"
#include "item/eventcatalogmodel.h"
#include "item/propertycatalogmodel.h"
#include "item/recordtablemodel.h"
#include "persons/personlistdialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace Quadrant {

namespace {

QString statusLabel(LifecycleStatus status)
{
    switch (status) {
    case LifecycleStatus::New:
        return LifecycleView::tr("New");
    case LifecycleStatus::Returning:
        return LifecycleView::tr("Returning");
    case LifecycleStatus::Resurrecting:
        return LifecycleView::tr("Resurrecting");
    case LifecycleStatus::Dormant:
        return LifecycleView::tr("Dormant");
    }
    return QString();
}

// Persons of every breakdown value, per period and status.
std::vector<std::array<qint64, 4>> totals(const LifecycleResult &result)
{
    std::vector<std::array<qint64, 4>> sum(result.periodStartsMs.size(), std::array<qint64, 4>{});
    for (const LifecycleResult::Group &group : result.groups)
        for (size_t p = 0; p < sum.size(); ++p)
            for (size_t s = 0; s < 4; ++s)
                sum[p][s] += group.persons[p][s];
    return sum;
}

} // namespace

LifecycleView::LifecycleView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_editor(document)
    , m_tableModel(new RecordTableModel(this))
{
    const ChartAndTable parts
        = makeChartAndTable(tr("Chart"), m_tableModel, QStringLiteral("lifecycle"));
    m_chartHost = parts.chartHost;
    m_table = parts.table;
    setPanels(buildDefinitionPanel(), buildResultFrame(parts.tabs, QStringLiteral("lifecycle")));
    follow();
}

LifecycleView::~LifecycleView() = default;

QWidget *LifecycleView::buildDefinitionPanel()
{
    const FormPanel parts = makeFormPanel(tr("Only between"));
    m_dates = parts.dates;
    m_event = makeChoice(parts.panel, QStringLiteral("lifecycleEvent"));
    m_event->setToolTip(tr("The event that makes a person active. Drag one from the catalog."));
    m_interval = makeChoice(parts.panel, QStringLiteral("lifecycleInterval"), 8);
    m_interval->addItem(tr("Day"), QStringLiteral("day"));
    m_interval->addItem(tr("Week (Monday)"), QStringLiteral("week"));
    m_interval->addItem(tr("Month"), QStringLiteral("month"));
    m_breakdown = makeChoice(parts.panel, QStringLiteral("lifecycleBreakdown"), 12);
    m_breakdown->setToolTip(
        tr("The table splits each period by a person property. Drag one here."));
    parts.form->addRow(tr("Event"), m_event);
    parts.form->addRow(tr("Per"), m_interval);
    parts.form->addRow(tr("Breakdown"), m_breakdown);
    auto *hint = new QLabel(tr("New: their first time ever. Returning: active the period before "
                               "too. Resurrecting: back after a gap. Dormant (below the axis): "
                               "active the period before, not in this one. Click a bar for its "
                               "persons."),
                            parts.panel);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    parts.form->addRow(hint);

    connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto selector = EventSelector::parse(m_event->currentData().toString()))
            m_editor.edit([selector](LifecycleQuery &q) { q.event = *selector; },
                          tr("Change event"));
    });
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        Period period = Period::Week;
        Calendar::parsePeriod(m_interval->currentData().toString(), &period);
        m_editor.edit([period](LifecycleQuery &q) { q.interval = period; }, tr("Change interval"));
    });
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, [this] {
        const QString value = m_breakdown->currentData().toString();
        m_editor.edit([value](LifecycleQuery &q) { q.breakdown = value; }, tr("Change breakdown"));
    });
    DropTarget::install(m_event, EventCatalogModel::mimeType, [this](const QString &names) {
        if (const auto selector = EventSelector::parse(names.section(QLatin1Char('\n'), 0, 0)))
            m_editor.edit([selector](LifecycleQuery &q) { q.event = *selector; },
                          tr("Lifecycle of %1").arg(selector->toString()));
    });
    DropTarget::install(m_breakdown, PropertyCatalogModel::mimeType, [this](const QString &name) {
        if (name.startsWith(QLatin1String("event."))) {
            DropTarget::refuse(m_breakdown,
                               tr("%1 is an event property: a person has one status per period, "
                                  "so a lifecycle breaks down by a person property.")
                                   .arg(name.mid(6)));
            return;
        }
        m_editor.edit([name](LifecycleQuery &q) { q.breakdown = name; },
                      tr("Break down by %1").arg(name));
    });
    m_editor.editDatesWith(
        m_dates, &LifecycleQuery::fromMs, &LifecycleQuery::toMs, tr("Change dates"));
    return parts.panel;
}

void LifecycleView::syncControls()
{
    m_editor.sync([this](const LifecycleQuery &q) {
        fillEventChoice(
            m_event,
            q.event.toString(),
            {{tr("(choose an event)"), QString()}, {tr("any event"), QStringLiteral("*")}});
        m_interval->setCurrentIndex(
            std::max(0, m_interval->findData(Calendar::periodName(q.interval))));
        fillPropertyChoice(m_breakdown, q.breakdown, {{tr("(none)"), QString()}}, PersonProperties);
        m_dates->setRange(q.fromMs, q.toMs, session() ? session()->index().get() : nullptr);
    });
}

void LifecycleView::recompute()
{
    if (!definitionReadable())
        return;
    if (!LifecycleKind::missing(m_editor.query()).isEmpty()) {
        showNothingYet(tr("<h3>Who is new, who stays, who comes back, who leaves?</h3>Choose (or "
                          "drag from the catalog) the event that makes a person active, such as "
                          "<b>login</b>."));
        return;
    }
    computeDefinition();
}

void LifecycleView::clearResult()
{
    m_tableModel->setTable({});
}

QString LifecycleView::problemTitle() const
{
    return tr("This lifecycle cannot be computed");
}

void LifecycleView::showResult()
{
    const auto &q = outcome().queryAs<LifecycleQuery>();
    const auto &result = outcome().resultAs<LifecycleResult>();
    m_tableModel->setTable(outcome().table);
    fitColumns(m_table);
    auto chart = createChart(q, result);
    const auto bars = chart->chart()->series();
    m_chart = replaceChart(m_chartHost, m_chart, std::move(chart));
    m_chart->setObjectName(QStringLiteral("lifecycleChart"));
    if (!bars.isEmpty())
        for (QBarSet *set : static_cast<QStackedBarSeries *>(bars.first())->barSets())
            connect(set, &QBarSet::clicked, this, [this, set](int period) {
                if (period >= 0)
                    openPersons(size_t(period), LifecycleStatus(set->property("status").toInt()));
            });
    showResultArea();
    setStatus(tr("%1 periods; click a bar for its persons.").arg(result.periodStartsMs.size()));
}

QDialog *LifecycleView::openPersons(size_t period, LifecycleStatus status)
{
    if (!hasResult() || period >= outcome().resultAs<LifecycleResult>().periodStartsMs.size())
        return nullptr;
    const LifecycleQuery q = outcome().queryAs<LifecycleQuery>();
    const QString date
        = Calendar::dateText(outcome().resultAs<LifecycleResult>().periodStartsMs[period]);
    auto *dialog = new PersonListDialog(
        session(),
        tr("%1 in the %2 of %3").arg(statusLabel(status), Calendar::periodWord(q.interval), date),
        tr("The persons counted as %1 in this period of %2.")
            .arg(statusLabel(status).toLower(), q.event.toString()),
        [q, period, status](const EventIndex &index, const ProjectStore &store, JobContext &) {
            return LifecycleKind::persons(q, index, store, period, status, std::nullopt);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

std::unique_ptr<QChartView> LifecycleView::createChart(const LifecycleQuery &q,
                                                       const LifecycleResult &result)
{
    auto view = std::make_unique<QChartView>();
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    const QString event = q.event.event == QLatin1String("*") && q.event.filters.isEmpty()
                              ? tr("Any event")
                              : q.event.toString();
    chart->setTitle(tr("%1: persons per %2").arg(event, Calendar::periodWord(q.interval)));
    const std::vector<std::array<qint64, 4>> sum = totals(result);
    auto *categories = new QBarCategoryAxis;
    for (qint64 start : result.periodStartsMs) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).date();
        categories->append(QLocale().toString(
            date,
            q.interval == Period::Month ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM")));
    }
    chart->addAxis(categories, Qt::AlignBottom);
    qint64 top = 0, bottom = 0;
    for (const auto &counts : sum) {
        top = std::max(top, counts[0] + counts[1] + counts[2]);
        bottom = std::max(bottom, counts[3]);
    }
    auto *axisY = new QValueAxis;
    axisY->setRange(-double(std::max<qint64>(bottom, 1)) * 1.05,
                    double(std::max<qint64>(top, 1)) * 1.05);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("persons"));
    chart->addAxis(axisY, Qt::AlignLeft);
    auto *series = new QStackedBarSeries;
    const int colors[4] = {2, 0, 1, 5}; // green, blue, orange; vermillion below the axis
    for (int s = 0; s < 4; ++s) {
        const auto status = LifecycleStatus(s);
        auto *set = new QBarSet(statusLabel(status));
        set->setProperty("status", s);
        set->setColor(ChartStyle::seriesColor(colors[s]));
        set->setBorderColor(ChartStyle::seriesColor(colors[s]));
        std::vector<qint64> values;
        for (const auto &counts : sum) {
            values.push_back(counts[size_t(s)]);
            *set << (status == LifecycleStatus::Dormant ? -double(counts[size_t(s)])
                                                        : double(counts[size_t(s)]));
        }
        QObject::connect(
            set,
            &QBarSet::hovered,
            set,
            [label = set->label(), starts = result.periodStartsMs, values](bool on, int i) {
                if (!on || i < 0 || size_t(i) >= values.size()) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(),
                                   tr("%1 · %2: %3 persons")
                                       .arg(label,
                                            Calendar::dateText(starts[size_t(i)]),
                                            QLocale().toString(values[size_t(i)])));
            });
        series->append(set);
    }
    chart->addSeries(series);
    series->attachAxis(categories);
    series->attachAxis(axisY);
    // Many periods in a narrow chart: the dates turn rather than overlap or elide.
    if (result.periodStartsMs.size() > 8)
        categories->setLabelsAngle(-60);
    view->setChart(chart);
    ChartStyle::apply(chart, view->palette());
    return view;
}

namespace {

// The window's part of the lifecycle kind (analysiskinds.h).
const AnalysisKind::Registration registration([] {
    return AnalysisKind{QString::fromLatin1(LifecycleKind::id),
                        QObject::tr("Lifecycle"),
                        QObject::tr("New, returning, resurrecting and dormant persons per period"),
                        QKeySequence(),
                        AnalysisKind::viewOf<LifecycleView>(),
                        [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
                            return LifecycleView::createChart(o.queryAs<LifecycleQuery>(),
                                                              o.resultAs<LifecycleResult>());
                        }};
});

} // namespace

} // namespace Quadrant
