// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"
#include "import/importjob.h"
#include "jobs/job.h"
#include "store/projectstore.h"

#include <QWizard>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Quadrant {

class RecordTableModel;

// File > Import: choose the file and what it holds -> a preview of the first rows as detected
// (encoding, delimiter, header, time format, each overridable) -> which column feeds which field
// (suggested from the names) -> the import with progress and Cancel -> a summary with every
// rejected row (line, column, reason, raw text) and an export of them. The import runs on a
// worker with its own connection, in one transaction, while the window keeps the project open.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { FilePage, PreviewPage, MappingPage, RunPage, SummaryPage };

    ImportWizard(const QString &projectPath, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFile(const QString &file);
    void setKind(ImportKind kind);
    // The request as the pages currently describe it.
    ImportRequest request() const;
    // The preview's detected description, header and rows.
    QString detectedDescription() const;
    QTableWidget *previewTable() const { return m_preview; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QComboBox *headerBox() const { return m_header; }
    QComboBox *mappingBox(const QString &field) const;
    const ImportSummary &summary() const { return m_summary; }
    const std::optional<Failure> &failure() const { return m_failure; }
    RecordTableModel *rejectsModel() const { return m_rejectsModel; }
    bool isImporting() const { return m_job->isRunning(); }
    void cancelImport();
    std::optional<Failure> exportRejects(const QString &path) const;

    int nextId() const override;
    bool validateCurrentPage() override;

signals:
    void importFinished(bool imported);

protected:
    void initializePage(int id) override;

private:
    QWizardPage *buildFilePage();
    QWizardPage *buildPreviewPage();
    QWizardPage *buildMappingPage();
    QWizardPage *buildRunPage();
    QWizardPage *buildSummaryPage();
    void refreshPreview();
    void rebuildMapping();
    void startImport();
    void showSummary();
    void importDone(const ImportOutcome &outcome);
    void guessKind();
    QString timeInWords() const;

    QString m_projectPath;
    QLineEdit *m_file;
    QComboBox *m_kind;
    QLabel *m_kindGuess;
    bool m_kindChosen = false; // by the person (or setKind): no more guessing
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_header;
    QComboBox *m_timeFormat;
    QLabel *m_detected;
    QTableWidget *m_preview;
    QStringList m_previewHeader;
    QFormLayout *m_mappingForm;
    QWidget *m_mappingHost;
    QLabel *m_mappingProblem;
    QLabel *m_timeDetected;
    QVector<QComboBox *> m_mappingBoxes;
    QProgressBar *m_progress;
    QLabel *m_runStatus;
    QPushButton *m_cancel;
    QLabel *m_summaryText;
    QTableView *m_rejects;
    QPushButton *m_exportRejects;
    RecordTableModel *m_rejectsModel;
    Job *m_job;
    bool m_finished = false;
    ImportSummary m_summary;
    std::optional<Failure> m_failure;
};

} // namespace Quadrant
