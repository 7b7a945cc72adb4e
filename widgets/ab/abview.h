// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/abengine.h"
#include "analysis/abjson.h"
#include "analysisview.h"
#include "queryeditor.h"

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

    void recompute() override;

    // Each variant's difference from the control with its interval, as the tab draws it.
    static std::unique_ptr<QCustomPlot> createPlot(const AbQuery &query, const AbResult &result);

protected:
    void syncControls() override;
    void showResult() override;
    void showFailure(const AnalysisOutcome &failed) override;
    void clearResult() override;
    QString problemTitle() const override;

private:
    QWidget *buildDefinitionPanel();
    QWidget *buildResultPanel();
    void editMetric();
    QString shownVariantProperty(const QString &property) const;
    // The control box lists the variants seen (the resolved control first when left empty).
    void showVariants(const AbQuery &resolved, const QStringList &variants);

    QueryEditor<AbQuery, AbJson> m_editor;
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
};

} // namespace Quadrant
