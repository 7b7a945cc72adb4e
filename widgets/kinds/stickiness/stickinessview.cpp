// SPDX-License-Identifier: MIT
#include "stickinessview.h"

#include "analysiskinds.h"
#include "charts/chartstyle.h"
#include "daterangeeditor.h"
#include "document/projectsession.h"
#include "droptarget.h"
#include "item/eventcatalogmodel.h"
#include "item/propertycatalogmodel.h"
#include "item/recordtablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace Quadrant {

namespace {

struct BarSet
{
    QString label;
    std::vector<double> shares; // per number of days, 0..1
    std::vector<qint64> persons;
};

// The bar sets a chart draws: without a breakdown the most recent periods (oldest first); with
// one, each value's persons over the whole range (largest first).
std::vector<BarSet> barSets(const StickinessQuery &q, const StickinessResult &result, int *days)
{
    std::vector<BarSet> sets;
    *days = 0;
    const size_t periods = result.periodStartsMs.size();
    if (periods == 0 || result.groups.empty())
        return sets;
    if (q.breakdown.isEmpty()) {
        const StickinessResult::Group &group = result.groups.front();
        const size_t first = periods > size_t(StickinessView::maximumBarSets)
                                 ? periods - size_t(StickinessView::maximumBarSets)
                                 : 0;
        for (size_t p = first; p < periods; ++p) {
            BarSet set{Calendar::dateText(result.periodStartsMs[p]), {}, {}};
            *days = std::max(*days, result.periodDays[p]);
            for (int d = 1; d <= result.periodDays[p]; ++d) {
                const qint64 persons = result.count(group, p, d, q.cumulative);
                set.persons.push_back(persons);
                set.shares.push_back(group.active[p] > 0 ? double(persons) / group.active[p] : 0);
            }
            sets.push_back(std::move(set));
        }
        return sets;
    }
    for (const StickinessResult::Group &group : result.groups) {
        BarSet set{group.name, {}, {}};
        qint64 active = 0;
        for (size_t p = 0; p < periods; ++p) {
            active += group.active[p];
            *days = std::max(*days, result.periodDays[p]);
        }
        set.persons.assign(size_t(*days), 0);
        for (size_t p = 0; p < periods; ++p)
            for (int d = 1; d <= result.periodDays[p]; ++d)
                set.persons[size_t(d) - 1] += result.count(group, p, d, q.cumulative);
        for (qint64 persons : set.persons)
            set.shares.push_back(active > 0 ? double(persons) / double(active) : 0);
        sets.push_back(std::move(set));
    }
    std::stable_sort(sets.begin(), sets.end(), [](const BarSet &a, const BarSet &b) {
        return (a.persons.empty() ? 0 : a.persons.front())
               > (b.persons.empty() ? 0 : b.persons.front());
    });
    if (sets.size() > size_t(StickinessView::maximumBarSets))
        sets.resize(size_t(StickinessView::maximumBarSets));
    return sets;
}

} // namespace

StickinessView::StickinessView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_editor(document)
    , m_tableModel(new RecordTableModel(this))
{
    const ChartAndTable parts
        = makeChartAndTable(tr("Chart"), m_tableModel, QStringLiteral("stickiness"));
    m_chartHost = parts.chartHost;
    m_table = parts.table;
    setPanels(buildDefinitionPanel(), buildResultFrame(parts.tabs, QStringLiteral("stickiness")));
    follow();
}

StickinessView::~StickinessView() = default;

QWidget *StickinessView::buildDefinitionPanel()
{
    const FormPanel parts = makeFormPanel(tr("Only between"));
    m_dates = parts.dates;
    m_event = makeChoice(parts.panel, QStringLiteral("stickinessEvent"));
    m_event->setToolTip(tr("The event whose active days are counted. Drag one from the catalog."));
    m_interval = makeChoice(parts.panel, QStringLiteral("stickinessInterval"), 8);
    m_interval->addItem(tr("Week (Monday)"), QStringLiteral("week"));
    m_interval->addItem(tr("Month"), QStringLiteral("month"));
    m_cumulative = new QCheckBox(tr("On at least that many days"), parts.panel);
    m_cumulative->setObjectName(QStringLiteral("stickinessCumulative"));
    m_breakdown = makeChoice(parts.panel, QStringLiteral("stickinessBreakdown"), 12);
    m_breakdown->setToolTip(tr("One bar per value of a person or event property. Drag one here."));
    parts.form->addRow(tr("Event"), m_event);
    parts.form->addRow(tr("Per"), m_interval);
    parts.form->addRow(m_cumulative);
    parts.form->addRow(tr("Breakdown"), m_breakdown);
    auto *hint = new QLabel(tr("How habitual is it? Each bar is the share of the period's persons "
                               "who did the event on that many different days."),
                            parts.panel);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    parts.form->addRow(hint);

    connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto selector = EventSelector::parse(m_event->currentData().toString()))
            m_editor.edit([selector](StickinessQuery &q) { q.event = *selector; },
                          tr("Change event"));
    });
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        Period period = Period::Week;
        Calendar::parsePeriod(m_interval->currentData().toString(), &period);
        m_editor.edit([period](StickinessQuery &q) { q.interval = period; }, tr("Change interval"));
    });
    connect(m_cumulative, &QCheckBox::toggled, this, [this](bool on) {
        m_editor.edit([on](StickinessQuery &q) { q.cumulative = on; },
                      on ? tr("Count at least n days") : tr("Count exactly n days"));
    });
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, [this] {
        const QString value = m_breakdown->currentData().toString();
        m_editor.edit([value](StickinessQuery &q) { q.breakdown = value; }, tr("Change breakdown"));
    });
    DropTarget::install(m_event, EventCatalogModel::mimeType, [this](const QString &names) {
        if (const auto selector = EventSelector::parse(names.section(QLatin1Char('\n'), 0, 0)))
            m_editor.edit([selector](StickinessQuery &q) { q.event = *selector; },
                          tr("Stickiness of %1").arg(selector->toString()));
    });
    DropTarget::install(m_breakdown, PropertyCatalogModel::mimeType, [this](const QString &name) {
        m_editor.edit([name](StickinessQuery &q) { q.breakdown = name; },
                      tr("Break down by %1").arg(name));
    });
    m_editor.editDatesWith(
        m_dates, &StickinessQuery::fromMs, &StickinessQuery::toMs, tr("Change dates"));
    return parts.panel;
}

void StickinessView::syncControls()
{
    m_editor.sync([this](const StickinessQuery &q) {
        fillEventChoice(
            m_event,
            q.event.toString(),
            {{tr("(choose an event)"), QString()}, {tr("any event"), QStringLiteral("*")}});
        m_interval->setCurrentIndex(
            std::max(0, m_interval->findData(Calendar::periodName(q.interval))));
        m_cumulative->setChecked(q.cumulative);
        fillPropertyChoice(m_breakdown, q.breakdown, {{tr("(none)"), QString()}});
        m_dates->setRange(q.fromMs, q.toMs, session() ? session()->index().get() : nullptr);
    });
}

void StickinessView::recompute()
{
    if (!definitionReadable())
        return;
    if (!document() || !StickinessKind::missing(m_editor.query()).isEmpty()) {
        showNothingYet(tr("<h3>How often do people come back to it?</h3>Choose (or drag from the "
                          "catalog) an event such as <b>login</b>: the chart shows how many "
                          "days of each week people did it."));
        return;
    }
    computeDefinition();
}

void StickinessView::clearResult()
{
    m_tableModel->setTable({});
}

QString StickinessView::problemTitle() const
{
    return tr("This stickiness cannot be computed");
}

void StickinessView::showResult()
{
    const auto &q = outcome().queryAs<StickinessQuery>();
    const auto &result = outcome().resultAs<StickinessResult>();
    m_tableModel->setTable(outcome().table);
    fitColumns(m_table);
    m_chart = replaceChart(m_chartHost, m_chart, createChart(q, result));
    m_chart->setObjectName(QStringLiteral("stickinessChart"));
    showResultArea();
    const size_t periods = result.periodStartsMs.size();
    QString status = tr("%1 periods").arg(periods);
    if (q.breakdown.isEmpty() && periods > size_t(maximumBarSets))
        status += tr("; the chart shows the last %1, the table has them all").arg(maximumBarSets);
    else if (!q.breakdown.isEmpty() && result.groups.size() > size_t(maximumBarSets))
        status += tr("; the chart shows the %1 largest of %2 values, the table has them all")
                      .arg(maximumBarSets)
                      .arg(result.groups.size());
    setStatus(status + QLatin1Char('.'));
}

std::unique_ptr<QChartView> StickinessView::createChart(const StickinessQuery &q,
                                                        const StickinessResult &result)
{
    auto view = std::make_unique<QChartView>();
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    const QString event = q.event.event == QLatin1String("*") && q.event.filters.isEmpty()
                              ? tr("Any event")
                              : q.event.toString();
    chart->setTitle(q.interval == Period::Month ? tr("%1: active days per month").arg(event)
                                                : tr("%1: active days per week").arg(event));
    int days = 0;
    const std::vector<BarSet> sets = barSets(q, result, &days);
    auto *categories = new QBarCategoryAxis;
    for (int d = 1; d <= days; ++d)
        categories->append(q.cumulative ? tr("≥ %1").arg(d) : QString::number(d));
    categories->setTitleText(q.cumulative ? tr("on at least this many days")
                                          : tr("on this many days"));
    chart->addAxis(categories, Qt::AlignBottom);
    double top = 0;
    for (const BarSet &set : sets)
        for (double share : set.shares)
            top = std::max(top, share * 100);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::min(100.0, std::max(1.0, top * 1.1)));
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f%%"));
    axisY->setTitleText(tr("of the period's persons"));
    chart->addAxis(axisY, Qt::AlignLeft);
    auto *series = new QBarSeries;
    for (size_t s = 0; s < sets.size(); ++s) {
        auto *set = new QBarSet(sets[s].label);
        set->setColor(ChartStyle::seriesColor(int(s)));
        set->setBorderColor(ChartStyle::seriesColor(int(s)));
        for (double share : sets[s].shares)
            *set << share * 100;
        QObject::connect(set, &QBarSet::hovered, set, [shown = sets[s]](bool on, int i) {
            if (!on || i < 0 || size_t(i) >= shown.persons.size()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("%1 · %2 days: %3 persons (%4%)")
                                   .arg(shown.label)
                                   .arg(i + 1)
                                   .arg(QLocale().toString(shown.persons[size_t(i)]))
                                   .arg(QLocale().toString(shown.shares[size_t(i)] * 100, 'f', 1)));
        });
        series->append(set);
    }
    chart->addSeries(series);
    series->attachAxis(categories);
    series->attachAxis(axisY);
    view->setChart(chart);
    ChartStyle::apply(chart, view->palette());
    return view;
}

namespace {

// The window's part of the stickiness kind (analysiskinds.h).
const AnalysisKind::Registration registration([] {
    return AnalysisKind{QString::fromLatin1(StickinessKind::id),
                        QObject::tr("Stickiness"),
                        QObject::tr("How many days a week or month people do something"),
                        QKeySequence(),
                        AnalysisKind::viewOf<StickinessView>(),
                        [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
                            return StickinessView::createChart(o.queryAs<StickinessQuery>(),
                                                               o.resultAs<StickinessResult>());
                        }};
});

} // namespace

} // namespace Quadrant
