// SPDX-License-Identifier: MIT
#include "abview.h"

#include "analysis/abjson.h"
#include "analysis/abkind.h"
#include "analysis/eventindex.h"
#include "analysiskinds.h"
#include "charts/chartstyle.h"
#include "daterangeeditor.h"
#include "document/analysisdocument.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "droptarget.h"
#include "frozentableview.h"
#include "item/eventcatalogmodel.h"
#include "item/propertycatalogmodel.h"
#include "item/recordtablemodel.h"
#include "stats/abstatistics.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Quadrant {

namespace {
// Conversion differences read best in percentage points; means in their own unit.
double shownDifference(const AbQuery &q, double difference)
{
    return q.isRate() || q.metric == AbQuery::Metric::Bounce ? difference * 100 : difference;
}

QString differenceUnit(const AbQuery &q)
{
    return q.isRate() || q.metric == AbQuery::Metric::Bounce ? QObject::tr("percentage points")
                                                             : QString();
}

QString srmHelp()
{
    return QStringLiteral("<a href=\"guide:analyses.md#sample-ratio-check\">%1</a>")
        .arg(AbView::tr("What is the sample ratio check?"));
}

const AbStatistics::MeanTest &meanOf(const AbVariant &v)
{
    return v.mean;
}
} // namespace

AbView::AbView(AnalysisDocument *document, ProjectSession *session, QWidget *parent)
    : AnalysisView(document, session, parent)
    , m_editor(document)
    , m_tableModel(new RecordTableModel(this))
{
    setPanels(buildDefinitionPanel(), buildResultPanel());
    follow();
}

AbView::~AbView() = default;

QWidget *AbView::buildDefinitionPanel()
{
    const FormPanel parts = makeFormPanel(tr("Only persons first exposed between"));
    QWidget *panel = parts.panel;
    QFormLayout *form = parts.form;
    m_dates = parts.dates;
    m_variantProperty = makeChoice(panel, QStringLiteral("abVariantProperty"));
    m_variantProperty->setToolTip(
        tr("The property that holds the variant (A, B, ...). An event property: a person's variant "
           "is the first value they were seen with. A person property: the person's own value (a "
           "per-person result table imported as persons). Drag a property here."));
    m_control = makeChoice(panel, QStringLiteral("abControl"), 8);
    m_control->setToolTip(tr("The variant the others are compared with"));
    m_metric = makeChoice(panel, QStringLiteral("abMetric"), 12);
    m_metric->addItem(tr("Conversion to an event"), QStringLiteral("conversion"));
    m_metric->addItem(tr("Session duration"), QStringLiteral("session-duration"));
    m_metric->addItem(tr("Events per session"), QStringLiteral("events-per-session"));
    m_metric->addItem(tr("Bounce rate"), QStringLiteral("bounce"));
    m_metric->addItem(tr("Sum of an event property per person"), QStringLiteral("sum"));
    m_metric->addItem(tr("Yes/no person property"), QStringLiteral("conversion-property"));
    m_metric->addItem(tr("Numeric person property"), QStringLiteral("metric-property"));
    m_conversion = makeChoice(panel, QStringLiteral("abConversion"));
    m_conversion->setToolTip(
        tr("Counts as converted: did this event after first seeing the test. Drag an event here."));
    m_metricProperty = makeChoice(panel, QStringLiteral("abMetricProperty"), 10);
    m_metricProperty->setToolTip(
        tr("The property compared: a numeric event property summed per person, or a person "
           "property holding each person's outcome (yes/no, or a number)"));
    m_split = new QLineEdit(panel);
    m_split->setObjectName(QStringLiteral("abSplit"));
    m_split->setPlaceholderText(tr("equal, or e.g. 50,50"));
    m_split->setToolTip(
        tr("The planned share of each variant (control first, then the others alphabetically), "
           "for the sample-ratio check"));
    m_split->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[0-9.]+(,[0-9.]+)*$")), m_split));
    form->addRow(tr("Variant property"), m_variantProperty);
    form->addRow(tr("Control"), m_control);
    form->addRow(tr("Compare on"), m_metric);
    form->addRow(tr("Converted when"), m_conversion);
    form->addRow(tr("Property"), m_metricProperty);
    form->addRow(tr("Planned split"), m_split);

    auto *calculator = new QGroupBox(tr("How many persons does a test need?"), panel);
    calculator->setToolTip(
        tr("For rates: conversion or bounce (a two-sided test of two proportions)"));
    m_calculator = calculator;
    auto *calc = new QFormLayout(calculator);
    auto spin
        = [calculator](double low, double high, double step, int decimals, const QString &suffix) {
              auto *box = new QDoubleSpinBox(calculator);
              box->setRange(low, high);
              box->setSingleStep(step);
              box->setDecimals(decimals);
              box->setSuffix(suffix);
              return box;
          };
    m_baseline = spin(0.1, 99.9, 0.5, 1, tr(" %"));
    m_baseline->setToolTip(tr("The control's conversion rate today (filled from the result)"));
    m_baseline->setValue(10);
    m_effect = spin(0.1, 50, 0.1, 1, tr(" points"));
    m_effect->setObjectName(QStringLiteral("abEffect"));
    m_effect->setToolTip(tr("The smallest change worth detecting, in percentage points"));
    m_effect->setValue(2);
    m_alpha = spin(0.001, 0.2, 0.01, 3, QString());
    m_alpha->setValue(0.05);
    m_power = spin(0.5, 0.99, 0.05, 2, QString());
    m_power->setValue(0.8);
    m_sampleSize = new QLabel(calculator);
    m_sampleSize->setObjectName(QStringLiteral("abSampleSize"));
    m_sampleSize->setWordWrap(true);
    calc->addRow(tr("Baseline rate"), m_baseline);
    calc->addRow(tr("Detect a change of"), m_effect);
    calc->addRow(tr("Significance (alpha)"), m_alpha);
    calc->addRow(tr("Power"), m_power);
    calc->addRow(m_sampleSize);
    parts.column->insertWidget(parts.column->count() - 1, calculator); // above the stretch
    for (QDoubleSpinBox *box : {m_baseline, m_effect, m_alpha, m_power})
        connect(box, &QDoubleSpinBox::valueChanged, this, &AbView::updateSampleSize);
    updateSampleSize();

    connect(m_variantProperty, &QComboBox::currentIndexChanged, this, [this] {
        const QString property = m_variantProperty->currentData().toString();
        m_editor.edit(
            [this, property](AbQuery &q) {
                if (shownVariantProperty(q.variantProperty) != property)
                    q.control.clear();
                q.variantProperty = property;
            },
            tr("Change variant property"));
    });
    connect(m_control, &QComboBox::currentIndexChanged, this, [this] {
        const QString control = m_control->currentData().toString();
        m_editor.edit([control](AbQuery &q) { q.control = control; }, tr("Change control"));
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &AbView::editMetric);
    connect(m_metricProperty, &QComboBox::currentIndexChanged, this, &AbView::editMetric);
    connect(m_conversion, &QComboBox::currentIndexChanged, this, [this] {
        const auto selector = EventSelector::parse(m_conversion->currentData().toString());
        if (selector)
            m_editor.edit([selector](AbQuery &q) { q.conversion = *selector; },
                          tr("Change conversion event"));
    });
    connect(m_split, &QLineEdit::editingFinished, this, [this] {
        QVector<double> split;
        for (const QString &part : m_split->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (part.toDouble() > 0)
                split << part.toDouble();
        m_editor.edit([split](AbQuery &q) { q.plannedSplit = split; }, tr("Change planned split"));
    });
    DropTarget::install(m_conversion, EventCatalogModel::mimeType, [this](const QString &names) {
        const auto selector = EventSelector::parse(names.section(QLatin1Char('\n'), 0, 0));
        if (selector)
            m_editor.edit(
                [selector](AbQuery &q) {
                    q.metric = AbQuery::Metric::Conversion;
                    q.conversion = *selector;
                },
                tr("Convert on %1").arg(selector->toString()));
    });
    DropTarget::install(
        m_variantProperty, PropertyCatalogModel::mimeType, [this](const QString &name) {
            m_editor.edit(
                [name](AbQuery &q) {
                    q.variantProperty = name;
                    q.control.clear();
                },
                tr("Variants from %1").arg(PropertyCatalogModel::label(name)));
        });
    DropTarget::install(
        m_metricProperty, PropertyCatalogModel::mimeType, [this](const QString &name) {
            const bool onPerson = name.startsWith(QLatin1String("person."));
            const QString key = name.section(QLatin1Char('.'), 1);
            const AbQuery current = m_editor.query();
            QString metric;
            if (!onPerson)
                metric = QStringLiteral("sum:") + key;
            else if (current.metric == AbQuery::Metric::MetricProperty)
                metric = QStringLiteral("metric-property:") + key;
            else
                metric = QStringLiteral("conversion-property:") + key;
            m_editor.edit([metric](AbQuery &q) { AbJson::setMetric(metric, &q); },
                          tr("Compare on %1").arg(PropertyCatalogModel::label(name)));
        });
    m_editor.editDatesWith(m_dates, &AbQuery::fromMs, &AbQuery::toMs, tr("Change dates"));
    return panel;
}

QWidget *AbView::buildResultPanel()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_verdict = new QLabel(content);
    m_verdict->setObjectName(QStringLiteral("abVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.25);
    m_verdict->setFont(verdictFont);
    m_warning = new QLabel(content);
    m_warning->setObjectName(QStringLiteral("abWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #b35900; }"));
    // The table (every number per variant) above the chart of differences: both at a glance.
    auto *split = new QSplitter(Qt::Vertical, content);
    m_table = new FrozenTableView(split);
    m_table->setObjectName(QStringLiteral("abTable"));
    m_table->setModel(m_tableModel);
    m_table->verticalHeader()->hide();
    m_plotHost = new QWidget(split);
    new QVBoxLayout(m_plotHost);
    m_plotHost->layout()->setContentsMargins(0, 0, 0, 0);
    split->addWidget(m_table);
    split->addWidget(m_plotHost);
    split->setStretchFactor(1, 1);
    split->setSizes({140, 500});
    layout->addWidget(m_verdict);
    layout->addWidget(m_warning);
    layout->addWidget(split, 1);
    return buildResultFrame(content, QStringLiteral("ab"));
}

QString AbView::shownVariantProperty(const QString &property) const
{
    // A bare key saved by an earlier version reads as the property the engine takes for it.
    if (property.isEmpty() || property.startsWith(QLatin1String("event."))
        || property.startsWith(QLatin1String("person.")) || !session())
        return property;
    bool onEvents = false, onPersons = false;
    for (const PropertyInfo &info : session()->contents().properties)
        if (info.key == property)
            (info.onPerson ? onPersons : onEvents) = true;
    if (onEvents)
        return QStringLiteral("event.") + property;
    return onPersons ? QStringLiteral("person.") + property : property;
}

void AbView::editMetric()
{
    const QString metric = m_metric->currentData().toString();
    QString property = m_metricProperty->currentData().toString();
    const bool needsProperty = metric == QLatin1String("sum")
                               || metric == QLatin1String("conversion-property")
                               || metric == QLatin1String("metric-property");
    const bool onPerson = metric != QLatin1String("sum");
    // The property list follows the metric: event properties to sum, person ones to read.
    if (needsProperty && sender() == m_metric) {
        fillPropertyChoice(m_metricProperty,
                           QString(),
                           {{tr("(choose a property)"), QString()}},
                           onPerson ? PersonProperties : EventProperties,
                           true);
        property.clear();
    }
    if (needsProperty && property.isEmpty()) {
        m_metricProperty->setEnabled(true);
        m_metricProperty->setFocus();
        setStatus(tr("Now choose the property to compare on."));
        return; // wait for the property
    }
    const QString text = needsProperty ? metric + QLatin1Char(':') + property : metric;
    m_editor.edit([text](AbQuery &q) { AbJson::setMetric(text, &q); }, tr("Change metric"));
}

void AbView::syncControls()
{
    m_editor.sync([this](const AbQuery &q) {
        fillPropertyChoice(m_variantProperty,
                           shownVariantProperty(q.variantProperty),
                           {{tr("(choose a property)"), QString()}},
                           AllProperties);
        if (m_control->findData(q.control) < 0) {
            m_control->clear();
            m_control->addItem(q.control.isEmpty() ? tr("(first value)") : q.control, q.control);
        }
        m_control->setCurrentIndex(std::max(0, m_control->findData(q.control)));
        const QString metric = AbJson::metricText(q).section(QLatin1Char(':'), 0, 0);
        m_metric->setCurrentIndex(std::max(0, m_metric->findData(metric)));
        fillEventChoice(
            m_conversion, q.conversion.toString(), {{tr("(choose an event)"), QString()}});
        fillPropertyChoice(m_metricProperty,
                           q.metricProperty,
                           {{tr("(choose a property)"), QString()}},
                           q.isPersonOutcome() ? PersonProperties : EventProperties,
                           true);
        m_conversion->setEnabled(q.isConversion());
        // The calculator is for rates; a mean's test needs its spread, which the table shows.
        m_calculator->setEnabled(q.isRate() || q.metric == AbQuery::Metric::Bounce);
        m_metricProperty->setEnabled(q.metric == AbQuery::Metric::PropertySum
                                     || q.isPersonOutcome());
        QStringList split;
        for (double weight : q.plannedSplit)
            split << QLocale::c().toString(weight);
        m_split->setText(split.join(QLatin1Char(',')));
        m_dates->setRange(q.fromMs, q.toMs, session() ? session()->index().get() : nullptr);
    });
}

void AbView::recompute()
{
    if (!definitionReadable())
        return;
    const AbQuery q = m_editor.query();
    if (q.variantProperty.isEmpty() || (q.isConversion() && q.conversion.event.isEmpty())
        || (q.isPersonOutcome() && q.metricProperty.isEmpty())) {
        showNothingYet(
            tr("<h3>Which variant wins?</h3>Choose (or drag from the catalog) the property that "
               "holds the variant, such as <b>pricing_test</b>, and the event that counts as "
               "converting, such as <b>purchase</b> — or compare session length, events per "
               "session or bounce instead.<p>A per-person result table (one row per person, "
               "no time) is imported as persons: choose its variant column as a person property "
               "and compare on a yes/no or a numeric person property."));
        return;
    }
    computeDefinition();
}

void AbView::clearResult()
{
    m_tableModel->setTable({});
}

QString AbView::problemTitle() const
{
    return tr("This comparison cannot be computed");
}

void AbView::showVariants(const AbQuery &resolved, const QStringList &variants)
{
    const QSignalBlocker blocker(m_control);
    const QString saved = m_editor.query().control;
    m_control->clear();
    if (saved.isEmpty())
        m_control->addItem(tr("%1 (first value)").arg(resolved.control), QString());
    for (const QString &variant : variants)
        m_control->addItem(variant, variant);
    m_control->setCurrentIndex(std::max(0, m_control->findData(saved)));
}

void AbView::showFailure(const AnalysisOutcome &failed)
{
    if (!failed.result) {
        AnalysisView::showFailure(failed);
        return;
    }
    // The variants were found, but nobody saw the control: offer the variants to choose from.
    const auto &q = failed.queryAs<AbQuery>();
    showVariants(q, failed.resultAs<AbResult>().variantsSeen);
    showProblem(
        tr("Nobody was seen with the control '%1' of '%2'.").arg(q.control, q.variantProperty));
}

void AbView::showResult()
{
    const auto &q = outcome().queryAs<AbQuery>();
    const auto &result = outcome().resultAs<AbResult>();
    showVariants(q, result.variantsSeen);
    m_tableModel->setTable(outcome().table);
    fitColumns(m_table);
    QStringList verdicts;
    for (int i = 1; i < result.variants.size(); ++i)
        verdicts << result.verdict(i).toHtmlEscaped();
    const AbVariant &control = result.variants.front();
    QString heading
        = tr("<b>%1</b> · control %2: %3, %4")
              .arg(AbJson::metricTitle(q).toHtmlEscaped(),
                   control.name.toHtmlEscaped(),
                   control.persons == 1 ? tr("1 person")
                                        : tr("%1 persons").arg(QLocale().toString(control.persons)),
                   q.isRate() || q.metric == AbQuery::Metric::Bounce
                       ? QLocale().toString(control.rate * 100, 'f', 2) + QLatin1Char('%')
                       : tr("mean %1").arg(QLocale().toString(control.rate, 'g', 4)));
    m_verdict->setText(heading + QStringLiteral("<br>")
                       + (verdicts.isEmpty() ? tr("Only one variant was seen.")
                                             : verdicts.join(QStringLiteral("<br>"))));
    // The tab says what is compared, until someone names it.
    emit nameSuggested(
        tr("%1 by %2")
            .arg(AbJson::metricTitle(q), q.variantProperty.section(QLatin1Char('.'), -1)));
    m_warning->setText(result.warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!result.warnings.isEmpty());
    m_plot = replaceChart(m_plotHost, m_plot, createPlot(q, result));
    m_plot->setObjectName(QStringLiteral("abPlot"));
    if (q.isRate() && control.rate > 0 && control.rate < 1)
        m_baseline->setValue(control.rate * 100);
    updateSampleSize();
    showResultArea();
    // The sample-ratio check in a sentence: what it found and what that means for the verdict.
    const double srm = result.sampleRatioPValue;
    if (std::isnan(srm))
        setStatus(tr("Sample ratio check: not made (the planned split does not name every "
                     "variant seen)."));
    else if (srm < 0.001)
        setStatus(tr("Sample ratio check failed (p = %1): the persons per variant differ from the "
                     "planned split more than chance would make them, so how persons were "
                     "assigned may be broken and the comparison above may mislead. %2")
                      .arg(QString::number(srm, 'g', 2), srmHelp()));
    else
        setStatus(tr("Sample ratio check passed (p = %1): the persons per variant are as close "
                     "to the planned split as chance allows (it fails below p = 0.001). %2")
                      .arg(QString::number(srm, 'g', 3), srmHelp()));
}

void AbView::updateSampleSize()
{
    const double baseline = m_baseline->value() / 100, effect = m_effect->value() / 100;
    const double n
        = AbStatistics::sampleSizePerVariant(baseline, effect, m_alpha->value(), m_power->value());
    if (std::isnan(n)) {
        m_sampleSize->setText(tr("Baseline plus change must stay between 0% and 100%."));
        return;
    }
    QString text
        = tr("<b>%1 persons per variant</b> to detect %2 → %3 with %4% power at alpha %5.")
              .arg(QLocale().toString(qint64(std::ceil(n))),
                   QLocale().toString(baseline * 100, 'f', 1) + QLatin1Char('%'),
                   QLocale().toString((baseline + effect) * 100, 'f', 1) + QLatin1Char('%'),
                   QLocale().toString(m_power->value() * 100, 'f', 0),
                   QLocale().toString(m_alpha->value()));
    if (const AbResult *shown = result<AbResult>(); shown && !shown->variants.isEmpty()) {
        qint64 smallest = shown->variants.front().persons;
        for (const AbVariant &v : shown->variants)
            smallest = std::min(smallest, v.persons);
        text += tr(" The smallest variant here has %1 (%2% of that).")
                    .arg(QLocale().toString(smallest),
                         QLocale().toString(100.0 * double(smallest) / std::ceil(n), 'f', 0));
        // A significant result before the planned size: say what it means, so that the
        // verdict and the calculator do not seem to contradict each other.
        bool significant = false;
        for (const AbVariant &v : shown->variants)
            significant = significant || v.proportion.pValue < 0.05 || v.mean.pValue < 0.05;
        if (significant && double(smallest) < std::ceil(n))
            text += tr(" <b>The difference is significant with fewer persons than these settings "
                       "need:</b> that happens when the true change is larger than the one "
                       "entered, or by chance when a test is looked at early; a test stopped at "
                       "its first significant look overstates the change. Decide at the planned "
                       "size.");
    }
    m_sampleSize->setText(text);
}

std::unique_ptr<QCustomPlot> AbView::createPlot(const AbQuery &q, const AbResult &result)
{
    auto plot = std::make_unique<QCustomPlot>();
    const QPalette palette = QApplication::palette();
    const QColor text = palette.color(QPalette::Text);
    plot->setBackground(palette.color(QPalette::Base));
    plot->plotLayout()->insertRow(0);
    auto *heading = new QCPTextElement(
        plot.get(),
        // Two short lines rather than one that a narrow window would cut at both ends.
        QObject::tr("%1\ndifference from %2 with its 95% interval")
            .arg(AbJson::metricTitle(q),
                 result.variants.isEmpty() ? QString() : result.variants.front().name),
        QFont(QApplication::font().family(), QApplication::font().pointSize() + 1, QFont::Bold));
    heading->setTextColor(text);
    plot->plotLayout()->addElement(0, 0, heading);

    const bool proportion = q.isRate();
    auto *points
        = new QCPGraph(plot->yAxis, plot->xAxis); // key on the vertical axis: one row per variant
    auto *bars = new QCPErrorBars(plot->yAxis, plot->xAxis);
    bars->setDataPlottable(points);
    bars->setErrorType(QCPErrorBars::etValueError);
    QVector<double> keys, values, errorLow, errorHigh;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double extent = 0;
    for (int i = 0; i < result.variants.size(); ++i) {
        const AbVariant &v = result.variants[i];
        const double difference
            = i == 0 ? 0 : (proportion ? v.proportion.difference : meanOf(v).difference);
        const double low = i == 0 ? 0 : (proportion ? v.proportion.ciLow : meanOf(v).ciLow);
        const double high = i == 0 ? 0 : (proportion ? v.proportion.ciHigh : meanOf(v).ciHigh);
        keys << i;
        values << shownDifference(q, std::isnan(difference) ? 0 : difference);
        errorLow << (std::isnan(low) ? 0 : shownDifference(q, difference - low));
        errorHigh << (std::isnan(high) ? 0 : shownDifference(q, high - difference));
        extent = std::max({extent,
                           std::abs(values.back()) + errorLow.back(),
                           std::abs(values.back()) + errorHigh.back()});
        const double lift = proportion ? v.proportion.lift : meanOf(v).lift;
        ticker->addTick(i,
                        i == 0 ? QObject::tr("%1 (control)").arg(v.name)
                               : QStringLiteral("%1  %2%3%")
                                     .arg(v.name,
                                          lift >= 0 ? QStringLiteral("+") : QString(),
                                          QLocale().toString(lift * 100, 'f', 1)));
    }
    points->setData(keys, values);
    bars->setData(errorLow, errorHigh);
    const QColor colour = ChartStyle::seriesColor(1);
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 10));
    bars->setPen(QPen(colour, 2));
    bars->setWhiskerWidth(12);
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(-0.6, double(result.variants.size()) - 0.4);
    plot->yAxis->setRangeReversed(true);
    const double span = extent > 0 ? extent * 1.25 : 1;
    plot->xAxis->setRange(-span, span);
    plot->xAxis->setLabel(differenceUnit(q).isEmpty()
                              ? QObject::tr("difference from control")
                              : QObject::tr("difference from control (%1)").arg(differenceUnit(q)));
    auto *zero = new QCPItemStraightLine(plot.get());
    zero->point1->setCoords(0, -1);
    zero->point2->setCoords(0, 1);
    zero->setPen(QPen(text, 1, Qt::DashLine));
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->grid()->setPen(QPen(palette.color(QPalette::Mid), 0, Qt::DotLine));
    }
    plot->setMinimumSize(420, 220);
    plot->replot();
    return plot;
}

namespace {

// The window's part of the ab kind (analysiskinds.h).
const AnalysisKind::Registration registration([] {
    return AnalysisKind{QString::fromLatin1(AbKind::id),
                        QObject::tr("A/B Test"),
                        QObject::tr("Compare the variants of an experiment, with its statistics"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                        AnalysisKind::viewOf<AbView>(),
                        [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
                            return AbView::createPlot(o.queryAs<AbQuery>(), o.resultAs<AbResult>());
                        }};
});

} // namespace

} // namespace Quadrant
