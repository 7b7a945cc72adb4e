// SPDX-License-Identifier: MIT
#include "dropoffdialog.h"

#include "analysis/eventindex.h"
#include "analysis/funneljson.h"
#include "analysis/pathengine.h"
#include "analysis/pathjson.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "item/recordtablemodel.h"
#include "persons/personlistdialog.h"
#include "persons/persontable.h"
#include "store/cohortstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Quadrant {

namespace {
constexpr int s_listedPersons = 5000;
}

DropOffDialog::DropOffDialog(ProjectSession *session,
                             const FunnelQuery &query,
                             std::shared_ptr<const FunnelResult> result,
                             int step,
                             const QString &group,
                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_query(query)
    , m_step(step)
    , m_group(group)
    , m_dropped(FunnelEngine::droppedAt(*result, step, group))
    , m_summary(new QLabel(this))
    , m_persons(new PersonTable(this))
    , m_nextEvents(new QTableView(this))
    , m_nextModel(new RecordTableModel(this))
    , m_saveButton(new QPushButton(tr("Save as Cohort…"), this))
    , m_runner(new AnalysisRunner(this))
{
    const QString reached = query.steps.value(step - 2).toString(),
                  missed = query.steps.value(step - 1).toString();
    setWindowTitle(group.isEmpty() ? tr("Dropped off before step %1").arg(step)
                                   : tr("Dropped off before step %1 (%2)").arg(step).arg(group));
    resize(760, 520);
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("<b>%1 persons</b>%5 did <b>%2</b> (step %3) but not <b>%4</b> within the window.")
            .arg(QLocale().toString(qint64(m_dropped.size())), reached.toHtmlEscaped())
            .arg(step - 1)
            .arg(missed.toHtmlEscaped(),
                 group.isEmpty() ? QString()
                                 : tr(" of %1 = %2").arg(query.breakdown, group).toHtmlEscaped()));

    m_persons->setPersons(session, m_dropped, s_listedPersons);
    if (m_dropped.size() > size_t(s_listedPersons))
        m_summary->setText(m_summary->text() + QStringLiteral("<br>")
                           + tr("The first %1 are listed; save them as a cohort to keep them all.")
                                 .arg(QLocale().toString(s_listedPersons)));

    m_nextEvents->setModel(m_nextModel);
    m_nextEvents->verticalHeader()->hide();
    m_nextEvents->horizontalHeader()->setStretchLastSection(true);
    m_nextEvents->setAlternatingRowColors(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Persons"), left));
    leftLayout->addWidget(m_persons);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(
        new QLabel(tr("What they did next after %1 (same session)").arg(reached), right));
    rightLayout->addWidget(m_nextEvents);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({220, 520});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    m_saveButton->setEnabled(session && session->access() == ProjectStore::Access::ReadWrite
                             && !m_dropped.empty());
    if (session && session->access() != ProjectStore::Access::ReadWrite)
        m_saveButton->setToolTip(tr("The project is open read-only"));
    auto *pathsButton = new QPushButton(tr("Open as Paths"), this);
    pathsButton->setObjectName(QStringLiteral("openAsPaths"));
    pathsButton->setToolTip(
        tr("Saves these persons as a cohort and opens a Sankey diagram of what they did after %1")
            .arg(reached));
    pathsButton->setEnabled(m_saveButton->isEnabled());
    buttons->addButton(pathsButton, QDialogButtonBox::ActionRole);
    connect(pathsButton, &QPushButton::clicked, this, [this, reached, missed] {
        const QString cohort
            = m_group.isEmpty()
                  ? tr("Dropped before %1 after %2").arg(missed, reached)
                  : tr("Dropped before %1 after %2 (%3)").arg(missed, reached, m_group);
        const QString error = saveCohort(cohort);
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot save the cohort"), error);
            return;
        }
        PathQuery paths;
        paths.anchor = m_query.steps.value(m_step - 2).event;
        paths.depth = 4;
        // Flows of fewer than one in a hundred of these persons are grouped as "other" to start
        // with.
        paths.minimumWeight = std::max<qint64>(1, qint64(m_dropped.size()) / 100);
        emit openPathsRequested(tr("After %1, without %2").arg(reached, missed),
                                PathJson::toJson(paths, cohort));
        accept();
    });
    connect(m_persons, &PersonTable::personActivated, this, [this](const QString &userId) {
        PersonListDialog::openTimeline(m_session, userId, parentWidget());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, [this, missed] {
        PersonListDialog::askToSaveCohort(this,
                                          tr("Dropped before %1").arg(missed),
                                          m_summary,
                                          [this](const QString &name) { return saveCohort(name); });
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    computeNextEvents();
}

QString DropOffDialog::saveCohort(const QString &name)
{
    if (!m_session)
        return tr("no project is open");
    const auto failure = m_session->saveCohort(
        name, FunnelJson::dropOffCohort(m_query, m_step, m_group), m_dropped);
    return failure ? failure->toString() : QString();
}

void DropOffDialog::computeNextEvents()
{
    const auto index = m_session ? m_session->index() : nullptr;
    if (!index || m_dropped.empty())
        return;
    PathQuery paths;
    paths.anchor = m_query.steps.value(m_step - 2).event;
    paths.depth = 3;
    paths.personFilter.assign(size_t(index->personCount()), 0);
    for (int person : m_dropped)
        paths.personFilter[size_t(person)] = 1;
    QPointer<DropOffDialog> self(this);
    m_runner->runNow([self, paths, index](JobContext &context) -> AnalysisRunner::Deliver {
        if (PathEngine::validate(paths, *index))
            return nullptr;
        const PathResult result = PathEngine::run(paths, *index, context);
        RecordTable table{{QStringLiteral("step"),
                           QStringLiteral("from_event"),
                           QStringLiteral("to_event"),
                           QStringLiteral("sequences"),
                           QStringLiteral("share")},
                          {}};
        QHash<QPair<int, QString>, qint64> outOf;
        for (const PathEdge &edge : result.edges)
            outOf[qMakePair(edge.step, edge.from)] += edge.sequences;
        for (const PathEdge &edge : result.edges)
            table.rows.append(
                {edge.step,
                 edge.from,
                 edge.to,
                 edge.sequences,
                 double(edge.sequences)
                     / double(std::max<qint64>(1, outOf.value(qMakePair(edge.step, edge.from))))});
        return [self, table] {
            if (!self)
                return;
            self->m_nextModel->setTable(table);
            self->m_nextEvents->resizeColumnsToContents();
        };
    });
}

} // namespace Quadrant
