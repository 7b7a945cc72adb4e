// SPDX-License-Identifier: MIT
#pragma once

#include "crm/crmdata.h"
#include "jobs/job.h"
#include "remote/clickhouseclient.h"
#include "store/projectstore.h"
#include "store/propertycatalog.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace Quadrant {

class EventIndex;

// What the workbench shows about a project beside its analyses, all read off the GUI thread.
struct ProjectContents
{
    QVector<TableCount> tables;
    QVector<EventNameCount> events;
    QVector<PropertyInfo> properties;
    std::shared_ptr<const EventIndex> index;
    std::optional<Failure> failure;
};

// Loads, on a worker thread, everything analyses need from the open project: the event index
// (read from the event blocks), the event and property catalog and the table counts. Cancellable; a
// newer load replaces an older.
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    // path must be open in this process (the owner holds the lock); access as the owner has it.
    void load(const QString &path, ProjectStore::Access access);
    void cancel();
    void clear();

    bool isLoading() const;
    const ProjectContents &contents() const { return m_contents; }
    std::shared_ptr<const EventIndex> index() const { return m_contents.index; }
    QString path() const { return m_path; }
    // Keeps persons (dense indexes of the index) as a named cohort in the project, through a
    // connection of its own; the project must be open read-write.
    std::optional<Failure> saveCohort(const QString &name,
                                      const QJsonObject &definition,
                                      const std::vector<int> &persons) const;
    ProjectStore::Access access() const { return m_access; }
    // Keeps the project's own stage names (won, lost or open) for the pipeline and channel ROI.
    std::optional<Failure> saveStageStates(const QHash<QString, StageStates::State> &mapped) const;
    // The analyses of `kind` saved in the project, by name (health models, lead scorings).
    QStringList savedNames(const QString &kind) const;

    // Where analyses read their events: this file (nullopt), or a ClickHouse server the
    // project was pushed to (RemoteEvents). The password stays in memory only.
    const std::optional<ClickHouseTarget> &remote() const { return m_remote; }
    void setRemote(const std::optional<ClickHouseTarget> &remote);

signals:
    void progressChanged(int percent, const QString &stage);
    void loaded();
    void loadFailed(const QString &message);
    // The events now come from elsewhere: every analysis computes again.
    void eventSourceChanged();

private:
    void finish(const ProjectContents &contents);

    QString m_path;
    ProjectStore::Access m_access = ProjectStore::Access::ReadOnly;
    Job *m_job;
    ProjectContents m_contents;
    std::optional<ClickHouseTarget> m_remote;
};

} // namespace Quadrant
