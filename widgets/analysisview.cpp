// SPDX-License-Identifier: MIT
#include "analysisview.h"

#include "analysis/eventindex.h"
#include "analysiskinds.h"
#include "daterangeeditor.h"
#include "document/analysisdocument.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "frozentableview.h"
#include "help/guidedialog.h"
#include "item/propertycatalogmodel.h"
#include "remote/remoteevents.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Quadrant {

AnalysisView::AnalysisView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_session(session)
    , m_runner(new AnalysisRunner(this))
{}

ProjectSession *AnalysisView::session() const
{
    return m_session;
}

QString AnalysisView::projectPath() const
{
    return m_session ? m_session->path() : QString();
}

std::unique_ptr<QWidget> AnalysisView::createChartForExport() const
{
    const AnalysisKind *kind = AnalysisKind::find(m_document->kind());
    return hasResult() && kind ? kind->drawChart(m_outcome) : nullptr;
}

void AnalysisView::computeDefinition()
{
    const auto index = indexOrExplain();
    if (!index)
        return;
    const AnalysisKindEngine *kind = AnalysisKinds::of(m_document->definition());
    if (!kind) {
        showProblem(
            tr("this version of Quadrant does not know the kind '%1'").arg(m_document->kind()));
        return;
    }
    const QString path = projectPath();
    const QJsonObject definition = m_document->definition();
    const std::optional<ClickHouseTarget> remote = m_session->remote();
    // The work holds what it reads by value; the continuation runs only while this view does.
    runner()->schedule([this, kind, index, path, definition, remote](
                           JobContext &context) -> AnalysisRunner::Deliver {
        AnalysisOutcome outcome;
        ProjectStore store;
        if (auto opened = store.openAlongside(path, ProjectStore::Access::ReadOnly))
            outcome.failure = opened;
        else if (remote)
            outcome = computeOnServer(*kind, definition, *remote, store, context);
        else
            outcome = kind->compute(definition, *index, store, context);
        return [this, outcome] {
            if (outcome.failure) {
                showFailure(outcome);
                return;
            }
            m_outcome = outcome;
            showResult();
        };
    });
}

AnalysisOutcome AnalysisView::computeOnServer(const AnalysisKindEngine &kind,
                                              const QJsonObject &definition,
                                              const ClickHouseTarget &remote,
                                              const ProjectStore &store,
                                              JobContext &context)
{
    AnalysisOutcome outcome;
    RemoteEvents events(remote);
    std::optional<Failure> failure;
    const auto index
        = events.readIndex(store, RemoteEvents::Plan::forDefinition(definition), context, &failure);
    if (!index) {
        outcome.failure = Failure(
            tr("%1. File > Disconnect from ClickHouse computes from this file's events instead.")
                .arg(failure ? failure->message : tr("cannot read the events")));
        return outcome;
    }
    outcome = kind.compute(definition, *index, store, context);
    if (const QStringList missed = index->missedProperties(); !missed.isEmpty())
        // Never a number computed without what it needs.
        outcome.failure = Failure(tr("the events read from ClickHouse lack the properties %1")
                                      .arg(missed.join(QStringLiteral(", "))));
    return outcome;
}

void AnalysisView::showFailure(const AnalysisOutcome &failed)
{
    showProblem(failed.failure->message);
}

void AnalysisView::showNothingYet(const QString &html)
{
    runner()->cancel();
    m_outcome = AnalysisOutcome();
    clearResult();
    showEmptyState(html);
}

void AnalysisView::retire()
{
    m_runner->cancel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
    hide();
}

namespace {
// Keeps a splitter's first pane at the width last chosen for it: squeezed by a narrow window,
// it takes that width back when the window grows (QSplitter alone gives all growth to the pane
// that stretches).
class PreferredWidth : public QObject
{
public:
    static void keep(QSplitter *splitter, int width)
    {
        auto *keeper = new PreferredWidth(splitter, width);
        splitter->installEventFilter(keeper);
        QObject::connect(splitter, &QSplitter::splitterMoved, keeper, [keeper, splitter] {
            keeper->m_width = splitter->sizes().value(0);
        });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            auto *splitter = static_cast<QSplitter *>(watched);
            if (splitter->count() != 2 || !splitter->widget(0)->isVisible())
                return QObject::eventFilter(watched,
                                            event); // hidden (presenting): no width to keep
            const QList<int> sizes = splitter->sizes();
            const int total = sizes.value(0) + sizes.value(1);
            const int second = splitter->widget(1)->minimumWidth();
            if (sizes.size() == 2 && sizes[0] < m_width && total > 0) {
                const int first = std::min(m_width, std::max(sizes[0], total - second));
                if (first != sizes[0])
                    splitter->setSizes({first, total - first});
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    PreferredWidth(QObject *parent, int width)
        : QObject(parent)
        , m_width(width)
    {}
    int m_width;
};
} // namespace

void AnalysisView::setPanels(QWidget *definition, QWidget *result, int definitionWidth)
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_definitionPanel = definition;
    splitter->addWidget(definition);
    splitter->addWidget(result);
    splitter->setStretchFactor(1, 1);
    // Neither side can be squeezed out of sight: each keeps the width its controls and columns
    // need to stay readable, and takes back its share when the window grows.
    splitter->setChildrenCollapsible(false);
    definition->setMinimumWidth(std::min(definitionWidth, 260));
    result->setMinimumWidth(320);
    splitter->setSizes({definitionWidth, 1200 - definitionWidth});
    PreferredWidth::keep(splitter, definitionWidth);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void AnalysisView::setPresenting(bool presenting)
{
    if (m_definitionPanel)
        m_definitionPanel->setVisible(!presenting);
}

AnalysisView::FormPanel AnalysisView::makeFormPanel(const QString &datesLabel)
{
    FormPanel parts;
    parts.panel = new QWidget(this);
    parts.column = new QVBoxLayout(parts.panel);
    parts.column->setContentsMargins(12, 12, 8, 12);
    parts.form = new QFormLayout;
    parts.column->addLayout(parts.form);
    parts.dates = new DateRangeEditor(datesLabel, parts.panel);
    parts.column->addWidget(parts.dates);
    parts.column->addStretch(1);
    return parts;
}

AnalysisView::ChartAndTable AnalysisView::makeChartAndTable(const QString &chartTab,
                                                            QAbstractItemModel *model,
                                                            const QString &objectNamePrefix)
{
    ChartAndTable parts;
    parts.tabs = new QTabWidget(this);
    parts.tabs->setObjectName(objectNamePrefix + QStringLiteral("ResultTabs"));
    parts.tabs->setDocumentMode(true);
    parts.chartHost = new QWidget(parts.tabs);
    new QVBoxLayout(parts.chartHost);
    parts.chartHost->layout()->setContentsMargins(0, 0, 0, 0);
    parts.table = new FrozenTableView(parts.tabs);
    parts.table->setObjectName(objectNamePrefix + QStringLiteral("Table"));
    parts.table->setModel(model);
    parts.table->verticalHeader()->hide();
    parts.table->horizontalHeader()->setStretchLastSection(true);
    parts.tabs->addTab(parts.chartHost, chartTab);
    parts.tabs->addTab(parts.table, tr("Table"));
    return parts;
}

void AnalysisView::fitColumns(QTableView *table)
{
    const QAbstractItemModel *model = table->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        bool empty = column > 0 && model->rowCount() > 0;
        for (int row = 0; empty && row < model->rowCount(); ++row)
            empty = model->index(row, column).data().toString().isEmpty();
        table->setColumnHidden(column, empty);
    }
    table->resizeColumnsToContents();
}

void AnalysisView::addToHost(QWidget *host, QWidget *chart)
{
    host->layout()->addWidget(chart);
}

bool AnalysisView::definitionReadable()
{
    const AnalysisKindEngine *kind = AnalysisKinds::of(m_document->definition());
    const QString error
        = kind ? kind->definitionError(m_document->definition())
               : tr("this version of Quadrant does not know the kind '%1'").arg(m_document->kind());
    if (error.isEmpty())
        return true;
    runner()->cancel();
    showProblem(
        tr("The saved definition of “%1” cannot be read: %2").arg(m_document->name(), error));
    return false;
}

void AnalysisView::showProblem(const QString &message)
{
    m_outcome = AnalysisOutcome();
    clearResult();
    showProblem(problemTitle(), message);
}

void AnalysisView::follow()
{
    auto resync = [this] {
        syncControls();
        recompute();
    };
    connect(m_document, &AnalysisDocument::definitionChanged, this, resync);
    if (m_session) {
        connect(m_session, &ProjectSession::loaded, this, resync);
        connect(m_session, &ProjectSession::eventSourceChanged, this, resync);
    }
    resync();
}

QWidget *AnalysisView::buildResultFrame(QWidget *result, const QString &objectNamePrefix)
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 8, 8, 8);
    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(panel);
    m_status->setObjectName(objectNamePrefix + QStringLiteral("Status"));
    // A result in words can be longer than a narrow window: wrap it rather than clip it.
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    // "guide:PAGE#SECTION" links open the user guide there.
    connect(m_status, &QLabel::linkActivated, this, [this](const QString &link) {
        GuideDialog::openLink(this, link);
    });
    m_progress = new QProgressBar(panel);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), panel);
    m_cancel->hide();
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    layout->addLayout(statusRow);

    m_resultStack = new QStackedWidget(panel);
    m_emptyState = new QLabel(panel);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setObjectName(objectNamePrefix + QStringLiteral("EmptyState"));
    m_result = result;
    m_resultStack->addWidget(m_emptyState);
    m_resultStack->addWidget(result);
    layout->addWidget(m_resultStack, 1);

    connect(m_runner, &AnalysisRunner::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
        if (busy) {
            m_progress->setValue(0);
            m_status->setText(tr("Computing…"));
        }
    });
    connect(m_runner, &AnalysisRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        m_status->setText(tr("Canceled. Change the definition or press F5 to compute again."));
    });
    return panel;
}

void AnalysisView::showEmptyState(const QString &html)
{
    m_emptyState->setText(html);
    m_resultStack->setCurrentWidget(m_emptyState);
    m_status->clear();
}

void AnalysisView::showProblem(const QString &title, const QString &message)
{
    showEmptyState(
        QStringLiteral("<h3>%1</h3>%2").arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
}

void AnalysisView::showResultArea()
{
    m_resultStack->setCurrentWidget(m_result);
}

void AnalysisView::setStatus(const QString &text)
{
    m_status->setText(text);
}

std::shared_ptr<const EventIndex> AnalysisView::indexOrExplain()
{
    auto index = m_session ? m_session->index() : nullptr;
    if (!index)
        setStatus(m_session && m_session->isLoading() ? tr("Reading the project…")
                                                      : tr("No project open"));
    return index;
}

QComboBox *
AnalysisView::makeChoice(QWidget *parent, const QString &objectName, int minimumCharacters)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(minimumCharacters);
    return combo;
}

namespace {
void finishChoice(QComboBox *combo, const QString &current)
{
    if (combo->findData(current) < 0)
        combo->addItem(current, current);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}
} // namespace

void AnalysisView::fillEventChoice(QComboBox *combo,
                                   const QString &current,
                                   const QVector<Choice> &leading) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const Choice &choice : leading)
        combo->addItem(choice.first, choice.second);
    if (m_session)
        for (const EventNameCount &event : m_session->contents().events)
            combo->addItem(event.name, event.name);
    finishChoice(combo, current);
}

void AnalysisView::fillPropertyChoice(QComboBox *combo,
                                      const QString &current,
                                      const QVector<Choice> &leading,
                                      PropertyScope scope,
                                      bool bareKeys) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const Choice &choice : leading)
        combo->addItem(choice.first, choice.second);
    if (m_session)
        for (const PropertyInfo &property : m_session->contents().properties) {
            if (!(scope & (property.onPerson ? PersonProperties : EventProperties)))
                continue;
            const QString qualified = PropertyCatalogModel::qualifiedName(property);
            combo->addItem(PropertyCatalogModel::label(qualified),
                           bareKeys ? property.key : qualified);
        }
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(PropertyCatalogModel::label(current), current);
    finishChoice(combo, current);
}

} // namespace Quadrant
