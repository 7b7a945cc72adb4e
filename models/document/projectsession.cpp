// SPDX-License-Identifier: MIT
#include "projectsession.h"

#include "analysis/eventindex.h"
#include "store/cohortstore.h"
#include "store/savedanalysisstore.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Quadrant {

namespace {
ProjectContents readContents(const QString &path, ProjectStore::Access access, JobContext &context)
{
    ProjectContents contents;
    ProjectStore store; // this worker thread's own connection
    if (auto failure = store.openAlongside(path, access)) {
        contents.failure = failure;
        return contents;
    }
    context.setProgress(0.01, QCoreApplication::translate("Quadrant", "Counting"));
    contents.tables = store.tableCounts();
    contents.properties = PropertyCatalog::list(store);
    if (context.isCanceled())
        return contents;
    std::optional<Failure> failure;
    contents.index = EventIndex::open(store, context, &failure);
    contents.failure = failure;
    if (contents.index)
        contents.events = contents.index->eventNameCounts();
    return contents;
}
} // namespace

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
    , m_job(new Job(this))
{
    connect(m_job, &Job::progressChanged, this, &ProjectSession::progressChanged);
}

ProjectSession::~ProjectSession() = default;

void ProjectSession::load(const QString &path, ProjectStore::Access access)
{
    m_path = path;
    m_access = access;
    m_contents = ProjectContents();
    m_job->start<ProjectContents>(
        [path, access](JobContext &context) { return readContents(path, access, context); },
        [this](const ProjectContents &contents) { finish(contents); });
}

void ProjectSession::cancel()
{
    m_job->cancel();
}

void ProjectSession::clear()
{
    m_remote.reset();
    cancel();
    m_contents = ProjectContents();
    m_path.clear();
}

void ProjectSession::setRemote(const std::optional<ClickHouseTarget> &remote)
{
    m_remote = remote;
    emit eventSourceChanged();
}

bool ProjectSession::isLoading() const
{
    return m_job->isRunning();
}

void ProjectSession::finish(const ProjectContents &contents)
{
    m_contents = contents;
    if (m_contents.failure || !m_contents.index) {
        emit loadFailed(m_contents.failure ? m_contents.failure->toString()
                                           : tr("cannot read the events"));
        return;
    }
    emit loaded();
}

std::optional<Failure> ProjectSession::saveCohort(const QString &name,
                                                  const QJsonObject &definition,
                                                  const std::vector<int> &persons) const
{
    const auto index = m_contents.index;
    if (!index)
        return Failure(tr("no project is open"));
    ProjectStore store;
    if (auto failure = store.openAlongside(m_path, m_access))
        return failure;
    return CohortStore::save(
        store,
        name,
        QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)),
        index->personRowIds(persons));
}

std::optional<Failure>
ProjectSession::saveStageStates(const QHash<QString, StageStates::State> &mapped) const
{
    if (m_path.isEmpty())
        return Failure(tr("no project is open"));
    ProjectStore store;
    if (auto failure = store.openAlongside(m_path, m_access))
        return failure;
    return StageStates::save(store, mapped);
}

QStringList ProjectSession::savedNames(const QString &kind) const
{
    QStringList names;
    if (m_path.isEmpty())
        return names;
    ProjectStore store;
    if (store.openAlongside(m_path, ProjectStore::Access::ReadOnly))
        return names;
    for (const SavedAnalysis &analysis : SavedAnalysisStore::list(store))
        if (analysis.kind == kind)
            names << analysis.name;
    return names;
}

} // namespace Quadrant
