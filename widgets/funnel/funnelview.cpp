// SPDX-License-Identifier: MIT
#include "funnelview.h"

#include "analysis/calendar.h"
#include "analysis/eventindex.h"
#include "analysis/funneljson.h"
#include "analysis/funnelkind.h"
#include "analysis/funnelreport.h"
#include "analysiskinds.h"
#include "charts/funnelchart.h"
#include "daterangeeditor.h"
#include "document/analysisdocument.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "dropoffdialog.h"
#include "droptarget.h"
#include "frozentableview.h"
#include "item/eventcatalogmodel.h"
#include "item/funnelstepsmodel.h"
#include "item/propertycatalogmodel.h"
#include "item/recordtablemodel.h"
#include "stepfilterdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Quadrant {

namespace {
enum MergeKey { WindowKey = 1, ExclusionStepKey = 2 };
constexpr qint64 s_unitMs[] = {60000LL, 3600000LL, 86400000LL};

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

FunnelView::FunnelView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_editor(document)
    , m_stepsModel(new FunnelStepsModel(this))
    , m_tableModel(new RecordTableModel(this))
{
    setPanels(buildDefinitionPanel(), buildResultPanel(), 350);

    m_stepsModel->setDocument(document);
    follow();
}

FunnelView::~FunnelView() = default;

QWidget *FunnelView::buildDefinitionPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(12, 12, 8, 12);
    layout->setSpacing(6);

    layout->addWidget(sectionLabel(tr("Steps"), panel));
    m_stepsView = new QListView(panel);
    m_stepsView->setObjectName(QStringLiteral("funnelSteps"));
    m_stepsView->setModel(m_stepsModel);
    m_stepsView->setDragEnabled(true);
    m_stepsView->setAcceptDrops(true);
    m_stepsView->setDropIndicatorShown(true);
    m_stepsView->setDragDropMode(QAbstractItemView::DragDrop);
    m_stepsView->setDefaultDropAction(Qt::MoveAction);
    m_stepsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepsView->setSpacing(2);
    m_stepsView->setMinimumHeight(140);
    m_stepsView->setToolTip(
        tr("Drag events here from the Events list; drag steps to reorder them"));
    layout->addWidget(m_stepsView, 2);
    auto *hint = new QLabel(
        tr("Drag events from the catalog onto the list. Double-click a step to filter it."), panel);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    auto *stepButtons = new QHBoxLayout;
    auto *filterButton = new QPushButton(tr("Filter…"), panel);
    auto *removeButton = new QPushButton(tr("Remove"), panel);
    filterButton->setToolTip(tr("Only count this step's events with chosen property values"));
    removeButton->setToolTip(tr("Remove the selected step (Delete)"));
    stepButtons->addWidget(filterButton);
    stepButtons->addWidget(removeButton);
    stepButtons->addStretch();
    layout->addLayout(stepButtons);
    connect(filterButton, &QPushButton::clicked, this, [this] {
        editStepFilters(m_stepsView->currentIndex().row());
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        m_stepsModel->removeStep(m_stepsView->currentIndex().row());
    });
    connect(m_stepsView, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        editStepFilters(index.row());
    });
    auto *removeAction = new QAction(tr("Remove Step"), m_stepsView);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, [this] {
        m_stepsModel->removeStep(m_stepsView->currentIndex().row());
    });
    m_stepsView->addAction(removeAction);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    auto *windowRow = new QHBoxLayout;
    m_windowValue = new QSpinBox(panel);
    m_windowValue->setObjectName(QStringLiteral("windowValue"));
    m_windowValue->setRange(1, 999);
    m_windowUnit = new QComboBox(panel);
    m_windowUnit->addItems({tr("minutes"), tr("hours"), tr("days")});
    windowRow->addWidget(m_windowValue);
    windowRow->addWidget(m_windowUnit);
    m_windowValue->setToolTip(
        tr("How long after the first step a person may take to finish the funnel"));
    form->addRow(tr("Conversion window"), windowRow);
    m_mode = new QComboBox(panel);
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->setMinimumContentsLength(12);
    m_mode->addItem(tr("In this order"), QStringLiteral("ordered"));
    m_mode->addItem(tr("In this order, nothing between"), QStringLiteral("strict"));
    m_mode->addItem(tr("In any order"), QStringLiteral("any"));
    m_mode->setToolTip(tr("In this order: other events may happen between steps.\n"
                          "Nothing between: the steps are consecutive events.\n"
                          "Any order: every step, in whatever order."));
    form->addRow(tr("Steps happen"), m_mode);
    layout->addLayout(form);

    m_dates = new DateRangeEditor(tr("Only persons entering between"), panel);
    layout->addWidget(m_dates);

    auto *more = new QFormLayout;
    m_breakdown = new QComboBox(panel);
    m_breakdown->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_breakdown->setMinimumContentsLength(12);
    m_breakdown->setObjectName(QStringLiteral("breakdown"));
    m_breakdown->setToolTip(
        tr("Split the funnel by a person property, or an event property of the first step "
           "(drag one from Properties)"));
    more->addRow(tr("Breakdown"), m_breakdown);
    m_hold = new QComboBox(panel);
    m_hold->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_hold->setMinimumContentsLength(12);
    m_hold->setToolTip(tr("Every step must carry the same value of this event property (the same "
                          "account, the same deal)"));
    more->addRow(tr("Hold constant"), m_hold);
    layout->addLayout(more);

    layout->addWidget(sectionLabel(tr("Exclusions"), panel));
    m_exclusions = new QListWidget(panel);
    m_exclusions->setMaximumHeight(90);
    m_exclusions->setToolTip(
        tr("Drag an event here: a person who does it between the chosen steps does not count as "
           "converting. Delete removes it."));
    layout->addWidget(m_exclusions, 1);
    auto *exclusionRow = new QHBoxLayout;
    exclusionRow->addWidget(new QLabel(tr("between step"), panel));
    m_exclusionStep = new QSpinBox(panel);
    m_exclusionStep->setRange(1, 1);
    exclusionRow->addWidget(m_exclusionStep);
    auto *nextLabel = new QLabel(tr("and the next"), panel);
    exclusionRow->addWidget(nextLabel);
    exclusionRow->addStretch();
    layout->addLayout(exclusionRow);
    auto *removeExclusion = new QAction(tr("Remove Exclusion"), m_exclusions);
    removeExclusion->setShortcut(QKeySequence::Delete);
    removeExclusion->setShortcutContext(Qt::WidgetShortcut);
    m_exclusions->addAction(removeExclusion);
    connect(removeExclusion, &QAction::triggered, this, [this] {
        const int row = m_exclusions->currentRow();
        m_editor.edit(
            [row](FunnelQuery &q) {
                if (row >= 0 && row < q.exclusions.size())
                    q.exclusions.removeAt(row);
            },
            tr("Remove exclusion"));
    });

    // Edits: each one an undo step; the spin box's run of changes is one step until it loses focus.
    auto windowChanged = [this] {
        const qint64 ms = windowMs();
        m_editor.edit(
            [ms](FunnelQuery &q) { q.windowMs = ms; }, tr("Change conversion window"), WindowKey);
    };
    connect(m_windowValue, &QSpinBox::valueChanged, this, windowChanged);
    connect(m_windowValue, &QSpinBox::editingFinished, this, [this] { document()->endEditRun(); });
    connect(m_windowUnit, &QComboBox::currentIndexChanged, this, [this, windowChanged] {
        document()->endEditRun();
        windowChanged();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = FunnelJson::parseMode(m_mode->currentData().toString());
        m_editor.edit([mode](FunnelQuery &q) { q.order = mode.value_or(FunnelOrder::Ordered); },
                      tr("Change step order"));
    });
    m_editor.editDatesWith(
        m_dates, &FunnelQuery::entryFromMs, &FunnelQuery::entryToMs, tr("Change entry dates"));
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, [this] {
        const QString value = m_breakdown->currentData().toString();
        m_editor.edit([value](FunnelQuery &q) { q.breakdown = value; }, tr("Change breakdown"));
    });
    connect(m_hold, &QComboBox::currentIndexChanged, this, [this] {
        const QString value = m_hold->currentData().toString();
        m_editor.edit([value](FunnelQuery &q) { q.holdProperty = value; },
                      tr("Change held property"));
    });
    connect(m_exclusions, &QListWidget::currentRowChanged, this, [this](int row) {
        m_editor.sync([this, row](const FunnelQuery &q) {
            if (row >= 0 && row < q.exclusions.size())
                m_exclusionStep->setValue(q.exclusions[row].afterStep);
        });
    });
    connect(m_exclusionStep, &QSpinBox::valueChanged, this, [this](int step) {
        const int row = m_exclusions->currentRow();
        m_editor.edit(
            [row, step](FunnelQuery &q) {
                if (row >= 0 && row < q.exclusions.size())
                    q.exclusions[row].afterStep = step;
            },
            tr("Change exclusion steps"),
            ExclusionStepKey);
    });

    DropTarget::install(m_breakdown, PropertyCatalogModel::mimeType, [this](const QString &name) {
        m_editor.edit([name](FunnelQuery &q) { q.breakdown = name; },
                      tr("Break down by %1").arg(name));
    });
    DropTarget::install(m_hold, PropertyCatalogModel::mimeType, [this](const QString &name) {
        const QString key = name.startsWith(QLatin1String("event.")) ? name.mid(6) : name;
        m_editor.edit([key](FunnelQuery &q) { q.holdProperty = key; },
                      tr("Hold %1 constant").arg(key));
    });
    DropTarget::install(
        m_exclusions->viewport(), EventCatalogModel::mimeType, [this](const QString &names) {
            const int after = std::clamp(
                m_exclusionStep->value(), 1, std::max(1, int(m_stepsModel->rowCount()) - 1));
            m_editor.edit(
                [names, after](FunnelQuery &q) {
                    for (const QString &name : names.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                        if (const auto selector = EventSelector::parse(name))
                            q.exclusions << FunnelQuery::Exclusion{*selector, after};
                },
                tr("Exclude %1").arg(names));
        });

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(330);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QWidget *FunnelView::buildResultPanel()
{
    // The tabs own the result widgets; the frame takes the tabs.
    m_resultTabs = new QTabWidget(this);
    m_resultTabs->setObjectName(QStringLiteral("funnelResultTabs"));
    m_resultTabs->setDocumentMode(true);
    m_chart = new FunnelChart(m_resultTabs);
    m_chart->setObjectName(QStringLiteral("funnelChart"));
    m_table = new FrozenTableView(m_resultTabs);
    m_table->setObjectName(QStringLiteral("funnelTable"));
    m_table->setModel(m_tableModel);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_timeChart = new TimeToConvertChart(m_resultTabs);
    m_overTimeChart = new ConversionOverTimeChart(m_resultTabs);
    m_resultTabs->addTab(m_chart, tr("Funnel"));
    m_resultTabs->addTab(m_table, tr("Table"));
    m_resultTabs->addTab(m_timeChart, tr("Time to convert"));
    m_resultTabs->addTab(m_overTimeChart, tr("Over time"));
    connect(m_chart, &FunnelChart::dropOffClicked, this, &FunnelView::showDropOff);
    return buildResultFrame(m_resultTabs, QStringLiteral("funnel"));
}

qint64 FunnelView::windowMs() const
{
    return m_windowValue->value() * s_unitMs[std::clamp(m_windowUnit->currentIndex(), 0, 2)];
}

void FunnelView::editStepFilters(int row)
{
    const FunnelQuery query = m_stepsModel->query();
    if (row < 0 || row >= query.steps.size())
        return;
    auto *dialog = new StepFilterDialog(session(), query.steps[row], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (const auto selector = dialog->selector(); selector && row < m_stepsModel->rowCount())
            m_stepsModel->setStep(row, *selector);
    });
    dialog->open();
}

void FunnelView::syncControls()
{
    m_editor.sync([this](const FunnelQuery &query) {
        int unit = 2;
        while (unit > 0 && query.windowMs % s_unitMs[unit] != 0)
            --unit;
        m_windowUnit->setCurrentIndex(unit);
        m_windowValue->setValue(int(query.windowMs / s_unitMs[unit]));
        m_mode->setCurrentIndex(std::max(0, m_mode->findData(FunnelJson::modeName(query.order))));

        m_dates->setRange(
            query.entryFromMs, query.entryToMs, session() ? session()->index().get() : nullptr);

        fillPropertyChoice(m_breakdown, query.breakdown, {{tr("(none)"), QString()}});
        fillPropertyChoice(
            m_hold, query.holdProperty, {{tr("(nothing)"), QString()}}, EventProperties, true);

        const int exclusionRow = m_exclusions->currentRow();
        m_exclusions->clear();
        for (const FunnelQuery::Exclusion &exclusion : query.exclusions)
            m_exclusions->addItem(tr("not %1 between step %2 and %3")
                                      .arg(exclusion.event.toString())
                                      .arg(exclusion.afterStep)
                                      .arg(exclusion.afterStep + 1));
        m_exclusionStep->setRange(1, std::max(1, int(query.steps.size()) - 1));
        if (exclusionRow >= 0 && exclusionRow < m_exclusions->count())
            m_exclusions->setCurrentRow(exclusionRow);
    });
}

void FunnelView::recompute()
{
    if (!definitionReadable())
        return;
    const FunnelQuery query = m_editor.query();
    if (query.steps.size() < 2) {
        showNothingYet(
            query.steps.isEmpty() ? tr(
                "<h3>Build a funnel</h3>Drag events from the <b>Events</b> list on the left onto "
                "<b>Steps</b>, in the order people should do them.")
                                  : tr("<h3>One more step</h3>Drag a second event onto "
                                       "<b>Steps</b> to see how many people "
                                       "who did <b>%1</b> went on to do it.")
                                        .arg(query.steps.first().toString()));
        return;
    }
    computeDefinition();
}

void FunnelView::clearResult()
{
    m_tableModel->setTable(RecordTable());
    emit resultShown();
}

QString FunnelView::problemTitle() const
{
    return tr("This funnel cannot be computed");
}

void FunnelView::showResult()
{
    const auto &query = outcome().queryAs<FunnelQuery>();
    const auto &result = outcome().resultAs<FunnelResult>();
    m_chart->showResult(query, result);
    m_timeChart->showResult(query, result);
    m_overTimeChart->showResult(query, result);
    m_tableModel->setTable(outcome().table);
    fitColumns(m_table);
    showResultArea();
    qint64 entered = 0, converted = 0;
    for (const FunnelGroup &group : result.groups) {
        entered += group.steps.value(0).persons;
        converted += group.steps.isEmpty() ? 0 : group.steps.last().persons;
    }
    setStatus(entered == 0 ? tr("Nobody did %1 in this range.").arg(query.steps.first().toString())
                           : tr("%1 persons entered, %2 converted (%3%). %4")
                                 .arg(QLocale().toString(entered),
                                      QLocale().toString(converted),
                                      QLocale().toString(
                                          100.0 * double(converted) / double(entered), 'f', 1),
                                      query.breakdown.isEmpty()
                                          ? tr("Click a shaded drop-off to see who left.")
                                          : tr("Remove the breakdown to see who dropped off.")));
    emit resultShown();
}

std::unique_ptr<QWidget> FunnelView::createChartForExport() const
{
    if (!hasResult())
        return nullptr;
    const auto &query = outcome().queryAs<FunnelQuery>();
    const auto &result = outcome().resultAs<FunnelResult>();
    switch (m_resultTabs->currentIndex()) {
    case 2: {
        auto chart = std::make_unique<TimeToConvertChart>();
        chart->showResult(query, result);
        return chart;
    }
    case 3: {
        auto chart = std::make_unique<ConversionOverTimeChart>();
        chart->showResult(query, result);
        return chart;
    }
    default: {
        auto chart = std::make_unique<FunnelChart>();
        chart->showResult(query, result);
        return chart;
    }
    }
}

void FunnelView::showDropOff(int step, const QString &group)
{
    if (!hasResult() || !session() || step < 2
        || step > outcome().queryAs<FunnelQuery>().steps.size())
        return;
    auto *dialog = new DropOffDialog(session(),
                                     outcome().queryAs<FunnelQuery>(),
                                     std::static_pointer_cast<const FunnelResult>(outcome().result),
                                     step,
                                     group,
                                     this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DropOffDialog::openPathsRequested, this, &AnalysisView::openAnalysisRequested);
    dialog->show();
}

namespace {

// The window's part of the funnel kind (analysiskinds.h).
const AnalysisKind::Registration registration([] {
    return AnalysisKind{QString::fromLatin1(FunnelKind::id),
                        QObject::tr("Funnel"),
                        QObject::tr("How many people go through a series of steps"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                        AnalysisKind::viewOf<FunnelView>(),
                        [](const AnalysisOutcome &outcome) -> std::unique_ptr<QWidget> {
                            auto chart = std::make_unique<FunnelChart>();
                            chart->showResult(outcome.queryAs<FunnelQuery>(),
                                              outcome.resultAs<FunnelResult>());
                            return chart;
                        }};
});

} // namespace

} // namespace Quadrant
