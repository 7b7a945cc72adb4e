// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;

namespace Quadrant {

class AnalysisRunner;
class PersonTable;
class EventIndex;
class JobContext;
class ProjectSession;
class ProjectStore;

// The persons behind a number (a retention cell, ...): computed off the GUI thread, listed by
// user_id, each one's timeline a double-click away, and the whole list kept as a cohort.
class PersonListDialog : public QDialog
{
    Q_OBJECT
public:
    // Finds the persons (dense indexes) with the project's index and a read-only store.
    using Finder
        = std::function<std::vector<int>(const EventIndex &, const ProjectStore &, JobContext &)>;

    PersonListDialog(ProjectSession *session,
                     const QString &title,
                     const QString &description,
                     Finder finder,
                     QWidget *parent = nullptr);

    PersonTable *personList() const { return m_persons; }
    QLabel *summary() const { return m_summary; }
    AnalysisRunner *runner() const { return m_runner; }
    const std::vector<int> &persons() const { return m_found; }
    // Keeps the persons as a cohort; an error text or empty.
    QString saveCohort(const QString &name);

    // "Save as Cohort…": asks for a name (suggesting one), saves through `save` (an error text or
    // empty) and says the outcome under `summary`, or in a warning.
    static void askToSaveCohort(QWidget *parent,
                                const QString &suggested,
                                QLabel *summary,
                                const std::function<QString(const QString &)> &save);
    // A person of a list opens their timeline, owned by `parent` (the view the list came from).
    static void openTimeline(ProjectSession *session, const QString &userId, QWidget *parent);

private:
    void showPersons(std::vector<int> persons);

    QPointer<ProjectSession> m_session;
    QString m_description;
    QLabel *m_summary;
    PersonTable *m_persons;
    QPushButton *m_save;
    AnalysisRunner *m_runner;
    std::vector<int> m_found;
};

} // namespace Quadrant
