// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/abengine.h"
#include "analysisview.h"

#include <memory>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace Quadrant {

class DateRangeEditor;

class RecordTableModel;

// An A/B comparison: persons are put in a variant by the first value of an event property they
// were seen with, and compared after that moment on a conversion or a metric (session length,
// events per session, bounce, or a property summed per person). Per variant the table gives
// persons, rate or mean, lift, interval, p-value and probability to be best; a chart shows each
// variant's difference from the control with its 95 % interval; the verdict says it in words;
// a sample-ratio mismatch is called out; a calculator says how many persons a test needs.
class AbView : public AnalysisView
{
    Q_OBJECT
public:
    AbView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);
    ~AbView() override;

    RecordTable resultTable() const override;
    QString resultSummary() const override;
    // The verdicts and warnings of a result, in plain words, a line each.
    static QString summary(const AbResult &result);
    std::unique_ptr<QWidget> createChartForExport() const override;
    void recompute() override;

    QComboBox *variantPropertyBox() const { return m_variantProperty; }
    QComboBox *controlBox() const { return m_control; }
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *conversionBox() const { return m_conversion; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *warningLabel() const { return m_warning; }
    QTableView *table() const { return m_table; }
    QDoubleSpinBox *effectSpin() const { return m_effect; }
    QLabel *sampleSizeLabel() const { return m_sampleSize; }
    const AbResult *result() const { return m_result.get(); }
    const AbQuery &shownQuery() const { return m_shownQuery; }

    // Each variant's difference from the control with its interval, as the tab draws it.
    static std::unique_ptr<QCustomPlot> createPlot(const AbQuery &query, const AbResult &result);
    // An empty control means the first value (alphabetically) of the variant property.
    static std::optional<Failure> resolveControl(AbQuery *query,
                                                 const ProjectStore &store,
                                                 const EventIndex &index,
                                                 QStringList *variants = nullptr);

protected:
    void syncControls() override;
    void clearResult() override;
    QString problemTitle() const override;
    QString definitionError() const override;

private:
    QWidget *buildDefinitionPanel();
    QWidget *buildResultPanel();
    AbQuery query() const;
    void edit(const std::function<void(AbQuery &)> &change, const QString &description);
    void editMetric();
    void showResult(const AbQuery &query,
                    std::shared_ptr<const AbResult> result,
                    const QStringList &variants);
    void updateSampleSize();

    QComboBox *m_variantProperty;
    QComboBox *m_control;
    QComboBox *m_metric;
    QComboBox *m_conversion;
    QComboBox *m_metricProperty;
    QLineEdit *m_split;
    QLabel *m_verdict;
    QLabel *m_warning;
    QWidget *m_plotHost;
    QCustomPlot *m_plot = nullptr;
    QTableView *m_table;
    RecordTableModel *m_tableModel;
    QDoubleSpinBox *m_baseline;
    QDoubleSpinBox *m_effect;
    QDoubleSpinBox *m_alpha;
    QDoubleSpinBox *m_power;
    QLabel *m_sampleSize;
    QWidget *m_calculator;
    DateRangeEditor *m_dates = nullptr;
    bool m_syncing = false;
    AbQuery m_shownQuery;
    std::shared_ptr<const AbResult> m_result;
};

} // namespace Quadrant
