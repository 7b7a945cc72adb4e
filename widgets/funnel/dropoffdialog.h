// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/funnelengine.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace Quadrant {

class AnalysisRunner;
class PersonTable;
class ProjectSession;
class RecordTableModel;

// The persons who reached step - 1 of a funnel but not step: who they are (a list that can be
// saved in the project as a cohort) and what they did next instead (paths from the last step
// they reached, within the session).
class DropOffDialog : public QDialog
{
    Q_OBJECT
public:
    DropOffDialog(ProjectSession *session,
                  const FunnelQuery &query,
                  std::shared_ptr<const FunnelResult> result,
                  int step,
                  const QString &group = QString(),
                  QWidget *parent = nullptr);

    PersonTable *personList() const { return m_persons; }
    RecordTableModel *nextEventsModel() const { return m_nextModel; }
    AnalysisRunner *runner() const { return m_runner; }
    const std::vector<int> &droppedPersons() const { return m_dropped; }
    // Saves the persons as a cohort; returns an error text or an empty string.
    QString saveCohort(const QString &name);

signals:
    // "Open as Paths": the cohort is saved; the window opens a paths analysis of it.
    void openPathsRequested(const QString &name, const QJsonObject &definition);

private:
    void computeNextEvents();

    QPointer<ProjectSession> m_session;
    FunnelQuery m_query;
    int m_step;
    QString m_group;
    std::vector<int> m_dropped;
    QLabel *m_summary;
    PersonTable *m_persons;
    QTableView *m_nextEvents;
    RecordTableModel *m_nextModel;
    QPushButton *m_saveButton;
    AnalysisRunner *m_runner;
};

} // namespace Quadrant
