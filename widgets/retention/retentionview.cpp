// SPDX-License-Identifier: MIT
#include "retentionview.h"

#include "analysis/eventindex.h"
#include "analysis/retentionjson.h"
#include "analysis/retentionkind.h"
#include "analysiskinds.h"
#include "charts/chartstyle.h"
#include "daterangeeditor.h"
#include "document/analysisdocument.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "droptarget.h"
#include "item/eventcatalogmodel.h"
#include "item/propertycatalogmodel.h"
#include "item/retentiongridmodel.h"
#include "persons/personlistdialog.h"
#include "retentioncelldelegate.h"

#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Quadrant {

namespace {
enum MergeKey { PeriodsKey = 11 };
} // namespace

RetentionView::RetentionView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_editor(document)
    , m_gridModel(new RetentionGridModel(this))
{
    setPanels(buildDefinitionPanel(), buildResultPanel());

    follow();
}

RetentionView::~RetentionView() = default;

QWidget *RetentionView::buildDefinitionPanel()
{
    auto *panel = new QWidget(this);
    auto *form = new QFormLayout(panel);
    form->setContentsMargins(12, 12, 8, 12);
    m_start = makeChoice(panel, QStringLiteral("retentionStart"));
    m_start->setToolTip(tr("The event that puts a person in a cohort (their first one, or every "
                           "one for recurring cohorts). "
                           "Drag one from the catalog."));
    m_return = makeChoice(panel, QStringLiteral("retentionReturn"));
    m_return->setToolTip(tr("The event that counts as coming back. Drag one from the catalog."));
    m_period = new QComboBox(panel);
    m_period->addItem(tr("Days"), QStringLiteral("day"));
    m_period->addItem(tr("Weeks (Monday)"), QStringLiteral("week"));
    m_period->addItem(tr("Months"), QStringLiteral("month"));
    m_periods = new QSpinBox(panel);
    m_periods->setRange(1, 365);
    m_periods->setSuffix(tr(" periods"));
    m_periods->setToolTip(tr("How many periods after the cohort's own to follow"));
    m_mode = new QComboBox(panel);
    m_mode->addItem(tr("in that period"), QStringLiteral("on"));
    m_mode->addItem(tr("in that period or later"), QStringLiteral("on-or-after"));
    m_mode->setToolTip(tr("In that period: active in period N.\nOr later: active in period N or "
                          "any after it (unbounded retention)."));
    m_recurring = new QCheckBox(tr("Every start event makes a cohort entry (recurring)"), panel);
    m_breakdown = new QComboBox(panel);
    m_breakdown->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_breakdown->setMinimumContentsLength(12);
    m_breakdown->setToolTip(
        tr("One pooled row per value of a person property, or of the start event's property"));
    form->addRow(tr("People who did"), m_start);
    form->addRow(tr("and came back to"), m_return);
    form->addRow(tr("Counted in"), m_period);
    form->addRow(tr("For"), m_periods);
    form->addRow(tr("Coming back"), m_mode);
    form->addRow(m_recurring);
    form->addRow(tr("Breakdown"), m_breakdown);
    m_dates = new DateRangeEditor(tr("Only cohorts between"), panel);
    form->addRow(m_dates);
    auto *hint = new QLabel(tr("Drag events from the catalog onto the two event fields, and a "
                               "property onto Breakdown."),
                            panel);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);

    auto selectorEdit = [this](QComboBox *combo, bool isStart) {
        const QString text = combo->currentData().toString();
        const auto selector = EventSelector::parse(text);
        if (!selector)
            return;
        m_editor.edit([selector, isStart](
                          RetentionQuery &q) { (isStart ? q.start : q.returning) = *selector; },
                      isStart ? tr("Change start event") : tr("Change return event"));
    };
    connect(m_start, &QComboBox::currentIndexChanged, this, [this, selectorEdit] {
        selectorEdit(m_start, true);
    });
    connect(m_return, &QComboBox::currentIndexChanged, this, [this, selectorEdit] {
        selectorEdit(m_return, false);
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        Period period = Period::Week;
        Calendar::parsePeriod(m_period->currentData().toString(), &period);
        m_editor.edit([period](RetentionQuery &q) { q.period = period; }, tr("Change period"));
    });
    connect(m_periods, &QSpinBox::valueChanged, this, [this](int periods) {
        m_editor.edit([periods](RetentionQuery &q) { q.periods = periods; },
                      tr("Change number of periods"),
                      PeriodsKey);
    });
    connect(m_periods, &QSpinBox::editingFinished, this, [this] { document()->endEditRun(); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const bool on = m_mode->currentData().toString() == QLatin1String("on");
        m_editor.edit(
            [on](RetentionQuery &q) {
                q.mode = on ? RetentionQuery::Mode::On : RetentionQuery::Mode::OnOrAfter;
            },
            tr("Change how returns count"));
    });
    connect(m_recurring, &QCheckBox::toggled, this, [this](bool recurring) {
        m_editor.edit(
            [recurring](RetentionQuery &q) {
                q.cohorts = recurring ? RetentionQuery::Cohorts::Recurring
                                      : RetentionQuery::Cohorts::FirstTime;
            },
            tr("Change cohorts"));
    });
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, [this] {
        const QString value = m_breakdown->currentData().toString();
        m_editor.edit([value](RetentionQuery &q) { q.breakdown = value; }, tr("Change breakdown"));
    });
    for (auto [combo, isStart] : {std::pair{m_start, true}, std::pair{m_return, false}})
        DropTarget::install(
            combo, EventCatalogModel::mimeType, [this, isStart = isStart](const QString &names) {
                const auto selector = EventSelector::parse(names.section(QLatin1Char('\n'), 0, 0));
                if (selector)
                    m_editor.edit(
                        [selector, isStart](RetentionQuery &q) {
                            (isStart ? q.start : q.returning) = *selector;
                        },
                        isStart ? tr("Start with %1").arg(selector->toString())
                                : tr("Return with %1").arg(selector->toString()));
            });
    DropTarget::install(m_breakdown, PropertyCatalogModel::mimeType, [this](const QString &name) {
        m_editor.edit([name](RetentionQuery &q) { q.breakdown = name; },
                      tr("Break down by %1").arg(name));
    });
    m_editor.editDatesWith(
        m_dates, &RetentionQuery::fromMs, &RetentionQuery::toMs, tr("Change dates"));
    return panel;
}

QWidget *RetentionView::buildResultPanel()
{
    // The tabs own the result widgets; the frame takes the tabs.
    m_resultTabs = new QTabWidget(this);
    m_resultTabs->setObjectName(QStringLiteral("retentionResultTabs"));
    m_resultTabs->setDocumentMode(true);
    m_grid = new QTableView(m_resultTabs);
    m_grid->setObjectName(QStringLiteral("retentionGrid"));
    m_grid->setModel(m_gridModel);
    m_grid->setItemDelegate(new RetentionCellDelegate(m_grid));
    m_grid->verticalHeader()->hide();
    m_grid->setShowGrid(false);
    m_grid->horizontalHeader()->setDefaultSectionSize(74);
    m_grid->verticalHeader()->setDefaultSectionSize(28);
    m_grid->setMouseTracking(true);
    connect(m_grid, &QTableView::clicked, this, [this](const QModelIndex &index) {
        showCellPersons(index);
    });
    m_curveHost = new QWidget(m_resultTabs);
    new QVBoxLayout(m_curveHost);
    m_curveHost->layout()->setContentsMargins(0, 0, 0, 0);
    m_resultTabs->addTab(m_grid, tr("Grid"));
    m_resultTabs->addTab(m_curveHost, tr("Curve"));
    return buildResultFrame(m_resultTabs, QStringLiteral("retention"));
}

void RetentionView::syncControls()
{
    m_editor.sync([this](const RetentionQuery &q) {
        fillEventChoice(m_start, q.start.toString(), {{tr("(choose an event)"), QString()}});
        fillEventChoice(m_return, q.returning.toString(), {{tr("any event"), QStringLiteral("*")}});
        m_period->setCurrentIndex(std::max(0, m_period->findData(Calendar::periodName(q.period))));
        m_periods->setValue(q.periods);
        m_mode->setCurrentIndex(q.mode == RetentionQuery::Mode::On ? 0 : 1);
        m_recurring->setChecked(q.cohorts == RetentionQuery::Cohorts::Recurring);
        fillPropertyChoice(m_breakdown, q.breakdown, {{tr("(none)"), QString()}});
        m_dates->setRange(q.fromMs, q.toMs, session() ? session()->index().get() : nullptr);
    });
}

void RetentionView::recompute()
{
    if (!definitionReadable())
        return;
    const RetentionQuery q = m_editor.query();
    if (q.start.event.isEmpty()) {
        showNothingYet(tr("<h3>Who comes back?</h3>Choose (or drag from the catalog) the event "
                          "that starts a cohort, "
                          "such as <b>signup</b>, and the event that counts as coming back."));
        return;
    }
    computeDefinition();
}

void RetentionView::clearResult()
{
    m_gridModel->clear();
}

QString RetentionView::problemTitle() const
{
    return tr("This retention cannot be computed");
}

void RetentionView::showResult()
{
    const auto &q = outcome().queryAs<RetentionQuery>();
    const auto &result = outcome().resultAs<RetentionResult>();
    m_gridModel->setResult(q, result);
    m_grid->resizeColumnToContents(RetentionGridModel::LabelColumn);
    m_curve = replaceChart(m_curveHost, m_curve, createCurve(q, result));
    showResultArea();
    qint64 persons = 0;
    for (const RetentionGroup &group : result.groups)
        persons += group.summaryCohortSize.empty() ? 0 : group.summaryCohortSize[0];
    setStatus(persons == 0 ? tr("Nobody did %1 in this range.").arg(q.start.toString())
                           : tr("%1 cohort entries; empty cells are periods still to come.")
                                 .arg(QLocale().toString(persons)));
}

std::unique_ptr<QChartView> RetentionView::createCurve(const RetentionQuery &q,
                                                       const RetentionResult &result)
{
    auto view = std::make_unique<QChartView>();
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(QObject::tr("Share of %1 cohorts active in each %2 after")
                        .arg(q.start.toString(), Calendar::periodWord(q.period)));
    auto *axisX = new QValueAxis;
    axisX->setRange(0, std::max(1, q.periods));
    axisX->setTickCount(std::min(q.periods, 12) + 1);
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTitleText(Calendar::periodWord(q.period));
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%.0f%%"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    int g = 0;
    for (const RetentionGroup &group : result.groups) {
        if (g >= 6)
            break;
        auto *line = new QLineSeries;
        line->setName(group.value.isEmpty() ? QObject::tr("All cohorts") : group.value);
        QPen pen(ChartStyle::seriesColor(g));
        pen.setWidthF(2.5);
        line->setPen(pen);
        for (size_t n = 0; n < group.summaryRate.size(); ++n)
            if (group.summaryCohortSize[n] > 0)
                line->append(double(n), group.summaryRate[n] * 100);
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
        ++g;
    }
    chart->legend()->setVisible(g > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    ChartStyle::apply(chart, QApplication::palette());
    view->setChart(chart);
    return view;
}

PersonListDialog *RetentionView::showCellPersons(const QModelIndex &index)
{
    const auto cell = m_gridModel->cellAt(index);
    if (!cell || !hasResult() || !session())
        return nullptr;
    const RetentionQuery q = outcome().queryAs<RetentionQuery>();
    const QString period = Calendar::periodWord(q.period);
    const QString who
        = cell->cohortStartMs
              ? tr("who did %1 in the %2 of %3").arg(q.start.toString(), period, cell->rowLabel)
              : (cell->group.isEmpty()
                     ? tr("who did %1").arg(q.start.toString())
                     : tr("of %1 who did %2").arg(cell->group, q.start.toString()));
    const QString description
        = cell->period == 0 ? who
                            : tr("%1 and came back in %2 %3").arg(who, period).arg(cell->period);
    const QString title = cell->cohortStartMs
                              ? tr("Cohort %1, %2 %3").arg(cell->rowLabel, period).arg(cell->period)
                              : tr("%1, %2 %3").arg(cell->rowLabel, period).arg(cell->period);
    auto *dialog = new PersonListDialog(
        session(),
        title,
        description,
        [q, cell = *cell](const EventIndex &index, const ProjectStore &store, JobContext &context) {
            return RetentionEngine::cellMembers(
                q, index, store, cell.group, cell.cohortStartMs, cell.period, context);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

namespace {

// The window's part of the retention kind (analysiskinds.h).
const AnalysisKind::Registration registration([] {
    return AnalysisKind{QString::fromLatin1(RetentionKind::id),
                        QObject::tr("Retention"),
                        QObject::tr("Who comes back after a first event, cohort by cohort"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                        AnalysisKind::viewOf<RetentionView>(),
                        [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
                            return RetentionView::createCurve(o.queryAs<RetentionQuery>(),
                                                              o.resultAs<RetentionResult>());
                        }};
});

} // namespace

} // namespace Quadrant
