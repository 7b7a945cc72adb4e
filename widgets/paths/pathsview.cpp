// SPDX-License-Identifier: MIT
#include "pathsview.h"

#include "analysis/eventindex.h"
#include "analysis/pathjson.h"
#include "analysis/pathskind.h"
#include "analysiskinds.h"
#include "daterangeeditor.h"
#include "document/analysisdocument.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "droptarget.h"
#include "item/eventcatalogmodel.h"
#include "item/recordtablemodel.h"
#include "sankeywidget.h"
#include "store/projectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Quadrant {

namespace {
enum MergeKey { MinimumWeightKey = 21, DepthKey = 22, GapKey = 23 };
}

PathsView::PathsView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_editor(document)
    , m_tableModel(new RecordTableModel(this))
{
    setPanels(buildDefinitionPanel(), buildResultPanel(), 300);
    follow();
}

PathsView::~PathsView() = default;

QWidget *PathsView::buildDefinitionPanel()
{
    const FormPanel parts = makeFormPanel(tr("Only paths starting between"));
    QWidget *panel = parts.panel;
    QFormLayout *form = parts.form;
    m_dates = parts.dates;
    m_anchor = makeChoice(panel, QStringLiteral("pathsAnchor"));
    m_anchor->setToolTip(
        tr("The event the paths start from (or end at). Drag one from the catalog."));
    m_direction = makeChoice(panel, QStringLiteral("pathsDirection"), 10);
    m_direction->addItem(tr("what came after"), QStringLiteral("after"));
    m_direction->addItem(tr("what came before"), QStringLiteral("before"));
    m_depth = new QSpinBox(panel);
    m_depth->setRange(1, 10);
    m_depth->setSuffix(tr(" steps"));
    m_sessionGap = new QSpinBox(panel);
    m_sessionGap->setRange(1, 24 * 60);
    m_sessionGap->setSuffix(tr(" min"));
    m_sessionGap->setToolTip(tr("A pause longer than this ends the session, and with it the path"));
    m_collapse = new QCheckBox(tr("Count repeats of one event once"), panel);
    m_minimumWeight = new QSlider(Qt::Horizontal, panel);
    m_minimumWeight->setObjectName(QStringLiteral("pathsMinimumWeight"));
    m_minimumWeight->setRange(1, 200);
    m_minimumWeight->setToolTip(tr("Flows taken fewer times than this are grouped as \"other\""));
    m_minimumWeightLabel = new QLabel(panel);
    m_minimumWeightLabel->setMinimumWidth(40);
    auto *weightRow = new QHBoxLayout;
    weightRow->addWidget(m_minimumWeight, 1);
    weightRow->addWidget(m_minimumWeightLabel);
    m_excluded = new QListWidget(panel);
    m_excluded->setObjectName(QStringLiteral("pathsExcluded"));
    m_excluded->setMaximumHeight(90);
    m_excluded->setToolTip(
        tr("Events left out of the paths. Drag events here; double-click one to bring it back."));
    m_cohortLabel = new QLabel(panel);
    m_cohortLabel->setWordWrap(true);
    m_clearCohort = new QPushButton(tr("Everyone"), panel);
    m_clearCohort->setToolTip(tr("Follow every person, not only the cohort's"));
    form->addRow(tr("Paths from"), m_anchor);
    form->addRow(tr("Showing"), m_direction);
    form->addRow(tr("Depth"), m_depth);
    form->addRow(tr("Session ends after"), m_sessionGap);
    form->addRow(m_collapse);
    form->addRow(tr("Minimum flow"), weightRow);
    form->addRow(tr("Leave out"), m_excluded);
    form->addRow(tr("Persons"), m_cohortLabel);
    form->addRow(QString(), m_clearCohort);
    auto *hint = new QLabel(tr("Click a node in the diagram to start or end the paths there, or to "
                               "leave its event out. "
                               "Hover over a flow for its count and share."),
                            panel);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);

    connect(m_anchor, &QComboBox::currentIndexChanged, this, [this] {
        const QString event = m_anchor->currentData().toString();
        m_editor.edit([event](PathQuery &q) { q.anchor = event; }, tr("Change path anchor"));
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        const bool before = m_direction->currentData().toString() == QLatin1String("before");
        m_editor.edit([before](PathQuery &q) { q.backwards = before; }, tr("Change direction"));
    });
    connect(m_depth, &QSpinBox::valueChanged, this, [this](int depth) {
        m_editor.edit([depth](PathQuery &q) { q.depth = depth; }, tr("Change depth"), DepthKey);
    });
    connect(m_depth, &QSpinBox::editingFinished, this, [this] { document()->endEditRun(); });
    connect(m_sessionGap, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_editor.edit([minutes](PathQuery &q) { q.sessionGapMs = qint64(minutes) * 60000; },
                      tr("Change session gap"),
                      GapKey);
    });
    connect(m_sessionGap, &QSpinBox::editingFinished, this, [this] { document()->endEditRun(); });
    connect(m_collapse, &QCheckBox::toggled, this, [this](bool on) {
        m_editor.edit([on](PathQuery &q) { q.collapseRepeats = on; }, tr("Change repeats"));
    });
    connect(m_minimumWeight, &QSlider::valueChanged, this, [this](int weight) {
        m_minimumWeightLabel->setText(QLocale().toString(weight));
        m_editor.edit([weight](PathQuery &q) { q.minimumWeight = weight; },
                      tr("Change minimum flow"),
                      MinimumWeightKey);
    });
    connect(m_minimumWeight, &QSlider::sliderReleased, this, [this] { document()->endEditRun(); });
    connect(m_excluded, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const QString event = item->text();
        m_editor.edit([event](PathQuery &q) { q.excluded.removeAll(event); },
                      tr("Bring back %1").arg(event));
    });
    connect(m_clearCohort, &QPushButton::clicked, this, [this] {
        m_editor.edit([](PathQuery &q) { q.cohort.clear(); }, tr("Follow everyone"));
    });
    DropTarget::install(m_anchor, EventCatalogModel::mimeType, [this](const QString &names) {
        const QString event = names.section(QLatin1Char('\n'), 0, 0);
        m_editor.edit([event](PathQuery &q) { q.anchor = event; }, tr("Paths from %1").arg(event));
    });
    DropTarget::install(
        m_excluded->viewport(), EventCatalogModel::mimeType, [this](const QString &names) {
            for (const QString &event : names.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                exclude(event);
        });
    m_editor.editDatesWith(m_dates, &PathQuery::fromMs, &PathQuery::toMs, tr("Change dates"));
    return panel;
}

QWidget *PathsView::buildResultPanel()
{
    const ChartAndTable parts
        = makeChartAndTable(tr("Diagram"), m_tableModel, QStringLiteral("paths"));
    m_resultTabs = parts.tabs;
    m_table = parts.table;
    // One diagram kept for the tab's life: a new result is laid out in it, hover state and all.
    m_sankey = new SankeyWidget(parts.chartHost);
    m_sankey->setObjectName(QStringLiteral("pathsSankey"));
    parts.chartHost->layout()->addWidget(m_sankey);
    connect(m_sankey, &SankeyWidget::nodeClicked, this, &PathsView::showNodeMenu);
    return buildResultFrame(m_resultTabs, QStringLiteral("paths"));
}

void PathsView::startAt(const QString &event)
{
    m_editor.edit(
        [event](PathQuery &q) {
            q.anchor = event;
            q.backwards = false;
        },
        tr("Paths after %1").arg(event));
}

void PathsView::endAt(const QString &event)
{
    m_editor.edit(
        [event](PathQuery &q) {
            q.anchor = event;
            q.backwards = true;
        },
        tr("Paths before %1").arg(event));
}

void PathsView::exclude(const QString &event)
{
    m_editor.edit(
        [event](PathQuery &q) {
            if (!q.excluded.contains(event))
                q.excluded << event;
        },
        tr("Leave out %1").arg(event));
}

void PathsView::showNodeMenu(int step, const QString &event, const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("Start paths at %1").arg(event), this, [this, event] { startAt(event); });
    menu.addAction(tr("End paths at %1").arg(event), this, [this, event] { endAt(event); });
    if (step > 0)
        menu.addAction(tr("Leave %1 out").arg(event), this, [this, event] { exclude(event); });
    menu.exec(globalPos);
}

void PathsView::syncControls()
{
    m_editor.sync([this](const PathQuery &q) {
        fillEventChoice(m_anchor, q.anchor, {{tr("(choose an event)"), QString()}});
        m_direction->setCurrentIndex(q.backwards ? 1 : 0);
        m_depth->setValue(q.depth);
        m_sessionGap->setValue(int(q.sessionGapMs / 60000));
        m_collapse->setChecked(q.collapseRepeats);
        m_minimumWeight->setValue(
            int(std::min<qint64>(q.minimumWeight, m_minimumWeight->maximum())));
        m_minimumWeightLabel->setText(QLocale().toString(q.minimumWeight));
        m_excluded->clear();
        m_excluded->addItems(q.excluded);
        const QString cohortName = q.cohort;
        m_cohortLabel->setText(cohortName.isEmpty()
                                   ? tr("everyone")
                                   : tr("cohort <b>%1</b>").arg(cohortName.toHtmlEscaped()));
        m_clearCohort->setVisible(!cohortName.isEmpty());
        m_dates->setRange(q.fromMs, q.toMs, session() ? session()->index().get() : nullptr);
    });
}

void PathsView::recompute()
{
    if (!definitionReadable())
        return;
    const PathQuery q = m_editor.query();
    if (q.anchor.isEmpty()) {
        showNothingYet(
            tr("<h3>What do people do next?</h3>Choose (or drag from the catalog) the event the "
               "paths start "
               "from, such as <b>signup</b>, to see the flows that follow it within the session."));
        return;
    }
    computeDefinition();
}

void PathsView::clearResult()
{
    m_tableModel->setTable({});
}

QString PathsView::problemTitle() const
{
    return tr("These paths cannot be computed");
}

void PathsView::showResult()
{
    const auto &q = outcome().queryAs<PathQuery>();
    const auto &result = outcome().resultAs<PathResult>();
    m_sankey->setResult(q, result);
    {
        // The slider reaches a fifth of the sequences, so that it can thin out any project's flows.
        const QSignalBlocker blocker(m_minimumWeight);
        m_minimumWeight->setMaximum(int(std::clamp<qint64>(result.sequences / 5, 200, 1000000)));
        m_minimumWeight->setValue(
            int(std::min<qint64>(q.minimumWeight, m_minimumWeight->maximum())));
    }
    m_tableModel->setTable(outcome().table);
    fitColumns(m_table);
    showResultArea();
    bool everyPathEnds = result.sequences > 0;
    for (const PathEdge &edge : result.edges)
        if (edge.step == 1 && edge.to != PathResult::sessionEnd())
            everyPathEnds = false;
    if (result.sequences == 0)
        setStatus(tr("Nobody did %1 here, so there are no paths.").arg(q.anchor));
    else if (everyPathEnds)
        // Dates without a time of day put a day between any two events: every session ends.
        setStatus(tr("Every session ended at %1: nobody did anything within %2 of it. If the "
                     "data has dates only (no time of day), set \"Session ends after\" to a day "
                     "or more.")
                      .arg(q.anchor, RecordTableModel::formatDuration(q.sessionGapMs / 1000.0)));
    else
        setStatus(tr("%1 sequences %2 %3; flows under %4 are grouped as \"other\".")
                      .arg(QLocale().toString(result.sequences),
                           q.backwards ? tr("ending at") : tr("starting at"),
                           q.anchor,
                           QLocale().toString(q.minimumWeight)));
}

namespace {

// The window's part of the paths kind (analysiskinds.h).
const AnalysisKind::Registration registration([] {
    return AnalysisKind{
        QString::fromLatin1(PathsKind::id),
        QObject::tr("Paths"),
        QObject::tr("What people do after (or before) an event, as a Sankey diagram"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        AnalysisKind::viewOf<PathsView>(),
        [](const AnalysisOutcome &outcome) -> std::unique_ptr<QWidget> {
            auto chart = std::make_unique<SankeyWidget>();
            chart->setResult(outcome.queryAs<PathQuery>(), outcome.resultAs<PathResult>());
            return chart;
        }};
});

} // namespace

} // namespace Quadrant
