// SPDX-License-Identifier: MIT
#include "accountreport.h"

#include "analysis/calendar.h"
#include "charts/chartstyle.h"
#include "export/chartexport.h"
#include "export/outputfile.h"

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <qcustomplot.h>

namespace Quadrant {

namespace {

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

QString dateOf(std::optional<qint64> ms)
{
    return ms ? Calendar::dateText(*ms) : QStringLiteral("—");
}

// Writes down the page, starting a new page when the next block does not fit.
class PageCursor
{
public:
    PageCursor(QPagedPaintDevice &device, QPainter &painter)
        : m_device(device)
        , m_painter(painter)
        , m_page(QPointF(0, 0), QSizeF(device.width(), device.height()))
        , m_y(m_page.top())
    {}

    const QRectF &page() const { return m_page; }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    // Room for `height` more, on a new page if need be.
    void need(double height)
    {
        if (m_y + height <= m_page.bottom())
            return;
        m_device.newPage();
        m_y = m_page.top();
    }
    void text(const QFont &font, const QString &text, const QColor &colour = QColor())
    {
        m_painter.setFont(font);
        const QRectF box(m_page.left(), m_y, m_page.width(), m_page.height());
        const QRectF used
            = m_painter.boundingRect(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        need(used.height());
        m_painter.save();
        if (colour.isValid())
            m_painter.setPen(colour);
        m_painter.drawText(QRectF(m_page.left(), m_y, m_page.width(), used.height()),
                           Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                           text);
        m_painter.restore();
        m_y += used.height() + 4;
    }
    // Rows of cells in columns of the given shares of the width; a header row in bold.
    void table(const QFont &font,
               const QStringList &header,
               const QVector<QStringList> &rows,
               const QVector<double> &shares)
    {
        QFont bold = font;
        bold.setBold(true);
        const double height = QFontMetricsF(font).height() * 1.3;
        auto row = [&](const QStringList &cells, const QFont &used) {
            need(height);
            m_painter.setFont(used);
            double x = m_page.left();
            for (int c = 0; c < cells.size(); ++c) {
                const double width = m_page.width() * shares.value(c);
                m_painter.drawText(
                    QRectF(x, m_y, width - 6, height),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    m_painter.fontMetrics().elidedText(cells[c], Qt::ElideRight, int(width - 6)));
                x += width;
            }
            m_y += height;
        };
        row(header, bold);
        m_painter.drawLine(QPointF(m_page.left(), m_y), QPointF(m_page.right(), m_y));
        for (const QStringList &cells : rows)
            row(cells, font);
        m_y += 8;
    }

private:
    QPagedPaintDevice &m_device;
    QPainter &m_painter;
    QRectF m_page;
    double m_y;
};

void drawBar(QPainter &painter,
             const QRectF &area,
             const QString &label,
             std::optional<double> value,
             double maximum,
             const QColor &colour,
             const QString &shown)
{
    const double labelWidth = area.width() * 0.32;
    painter.drawText(QRectF(area.left(), area.top(), labelWidth - 6, area.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(label, Qt::ElideRight, int(labelWidth - 6)));
    const QRectF track(area.left() + labelWidth,
                       area.top() + area.height() * 0.2,
                       area.width() * 0.5,
                       area.height() * 0.6);
    QColor empty = colour;
    empty.setAlphaF(0.15);
    painter.fillRect(track, empty);
    if (value)
        painter.fillRect(
            QRectF(track.topLeft(),
                   QSizeF(track.width() * std::clamp(*value / maximum, 0.0, 1.0), track.height())),
            colour);
    painter.drawText(QRectF(track.right() + 8, area.top(), area.width() * 0.18 - 8, area.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     shown);
}

} // namespace

QString AccountReport::fileName(const CrmAccount &account)
{
    // The name is for people and may be cut or changed; the id makes the file name unique: each
    // character a disk may refuse, and the escape character itself, becomes ~XX (its UTF-8 bytes
    // in hex), so that two ids never give the same name. (Ids that differ only in case meet on a
    // disk that ignores case: the writer refuses that as a collision.)
    const auto safe = [](char32_t c) {
        return c >= 0x80 ? QChar::isLetterOrNumber(c)
                         : (QChar::isLetterOrNumber(c) || c == U'-' || c == U'_');
    };
    QString id;
    for (const char32_t c : account.id.toUcs4()) {
        if (safe(c) || (c == U'.' && !id.isEmpty()))
            id += QString::fromUcs4(&c, 1);
        else
            for (const char byte : QString::fromUcs4(&c, 1).toUtf8())
                id += QStringLiteral("~%1").arg(uchar(byte), 2, 16, QLatin1Char('0')).toUpper();
    }
    // A file name holds at most 255 bytes: a very long id keeps its start and a digest of all.
    if (id.toUtf8().size() > 150)
        id = id.left(40) + QStringLiteral("~~")
             + QString::fromLatin1(
                 QCryptographicHash::hash(account.id.toUtf8(), QCryptographicHash::Sha256)
                     .toHex()
                     .left(32));
    QString name;
    for (const char32_t c : account.name.simplified().toUcs4())
        name += safe(c) || c == U' ' || c == U'.' ? QString::fromUcs4(&c, 1) : QStringLiteral("_");
    while (name.toUtf8().size() > 80 || (!name.isEmpty() && name.back().isHighSurrogate()))
        name.chop(1);
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return (name.isEmpty() ? QString() : name + QStringLiteral(" - ")) + QStringLiteral("id ") + id
           + QStringLiteral(".pdf");
}

std::unique_ptr<QCustomPlot> AccountReport::usageChart(const AccountProfile &profile)
{
    auto plot = std::make_unique<QCustomPlot>();
    ChartStyle::apply(plot.get(), QApplication::palette(), QObject::tr("Usage, last 13 weeks"));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, events, active;
    double most = 1, mostActive = 1;
    for (int w = 0; w < profile.weekStartsMs.size(); ++w) {
        keys << w;
        events << double(profile.weeklyEvents.value(w));
        active << double(profile.weeklyActivePersons.value(w));
        most = std::max(most, events.back());
        mostActive = std::max(mostActive, active.back());
        if (w % 2 == 0)
            ticker->addTick(w, Calendar::dateText(profile.weekStartsMs[w]).mid(5));
    }
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(QObject::tr("events"));
    bars->setData(keys, events);
    bars->setBrush(ChartStyle::seriesColor(0));
    bars->setPen(Qt::NoPen);
    bars->setWidth(0.7);
    auto *line = new QCPGraph(plot->xAxis, plot->yAxis2);
    line->setName(QObject::tr("active persons"));
    line->setData(keys, active);
    line->setPen(QPen(ChartStyle::seriesColor(1), 2.5));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(-0.6, double(keys.size()) - 0.4);
    plot->yAxis->setRange(0, most * 1.15);
    plot->yAxis->setLabel(QObject::tr("events per week"));
    plot->yAxis2->setVisible(true);
    plot->yAxis2->setRange(0, mostActive * 1.15);
    plot->yAxis2->setLabel(QObject::tr("active persons"));
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plot->setMinimumSize(360, 200);
    plot->replot();
    return plot;
}

void AccountReport::paint(QPagedPaintDevice &device, const AccountProfile &profile)
{
    QPainter painter(&device);
    PageCursor cursor(device, painter);
    const QRectF &page = cursor.page();
    QFont body(QStringLiteral("DejaVu Sans"), 9);
    QFont heading = body;
    heading.setPointSize(20);
    heading.setBold(true);
    QFont section = body;
    section.setPointSize(12);
    section.setBold(true);
    const QColor muted = QColor(0x55, 0x55, 0x55);
    const CrmAccount &account = profile.account;
    const AccountHealth &health = profile.health;

    // The cover: who, and how healthy.
    cursor.text(heading, account.name.isEmpty() ? account.id : account.name);
    QStringList facts{account.id};
    for (const QString &fact : {account.industry, account.plan})
        if (!fact.isEmpty())
            facts << fact;
    if (account.arr)
        facts << QObject::tr("ARR %1").arg(number(*account.arr));
    if (const auto seats = account.seats())
        facts << QObject::tr("%1 seats").arg(number(*seats));
    if (!account.owner.isEmpty())
        facts << QObject::tr("owner %1").arg(account.owner);
    facts << QObject::tr("renewal %1").arg(dateOf(account.renewalMs));
    cursor.text(body, facts.join(QStringLiteral(" · ")), muted);
    cursor.text(
        body,
        QObject::tr("Health as of %1 (data up to the end of that day), model of %2 measures")
            .arg(Calendar::dateText(profile.asOfEndMs - Calendar::msPerDay))
            .arg(profile.measures.size()),
        muted);
    cursor.advance(8);
    const QRectF badge(page.left(), cursor.y(), 150, 80);
    painter.fillRect(badge, ChartStyle::bandColor(health.band));
    painter.setPen(Qt::white);
    QFont score = heading;
    score.setPointSize(30);
    painter.setFont(score);
    painter.drawText(
        badge, Qt::AlignCenter, health.score ? number(*health.score) : QObject::tr("n/a"));
    painter.setPen(Qt::black);
    painter.setFont(section);
    const QString trend = health.trend()
                              ? QObject::tr("%1%2 over 30 days")
                                    .arg(*health.trend() >= 0 ? QStringLiteral("+") : QString(),
                                         number(*health.trend(), 1))
                              : QObject::tr("no trend (no score 30 days before)");
    painter.drawText(QRectF(badge.right() + 16, badge.top(), page.width() - 170, badge.height()),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                     health.score ? QObject::tr("Health score %1 (%2)\n%3")
                                        .arg(number(*health.score, 1), health.band, trend)
                                  : QObject::tr("No score: none of the model's measures has data "
                                                "for this account"));
    cursor.advance(badge.height() + 16);

    // The score's measures, each 0..100 with its weight.
    cursor.text(section, QObject::tr("What the score is made of"));
    painter.setFont(body);
    const QString segment
        = profile.model.segmentBy.isEmpty() ? QString() : account.field(profile.model.segmentBy);
    for (int m = 0; m < profile.measures.size(); ++m) {
        const std::optional<double> value
            = health.measures.size() > size_t(m) ? health.measures[size_t(m)] : std::nullopt;
        cursor.need(22);
        painter.setFont(body);
        drawBar(painter,
                QRectF(page.left(), cursor.y(), page.width(), 20),
                QObject::tr("%1 (weight %2)")
                    .arg(profile.measures[m].title(), number(profile.model.weight(m, segment), 1)),
                value,
                100,
                ChartStyle::seriesColor(0),
                value ? number(*value) : QObject::tr("no data"));
        cursor.advance(22);
    }
    cursor.advance(10);
    // Usage over 13 weeks, as vectors.
    {
        const std::unique_ptr<QCustomPlot> chart = usageChart(profile);
        const double height = page.height() * 0.28;
        cursor.need(height);
        const QRectF area(page.left(), cursor.y(), page.width(), height);
        ChartExport::paint(chart.get(), &painter, area, QSize(int(area.width()), int(height)));
        cursor.advance(height + 12);
    }

    // Adoption: what share of the account's people used each feature in the last 90 days.
    cursor.text(section, QObject::tr("Feature adoption, last 90 days"));
    if (profile.adoption.isEmpty())
        cursor.text(body, QObject::tr("Nobody at this account did anything in the last 90 days."));
    for (int a = 0; a < std::min<int>(12, int(profile.adoption.size())); ++a) {
        const AccountProfile::Adoption &adoption = profile.adoption[a];
        cursor.need(20);
        painter.setFont(body);
        drawBar(
            painter,
            QRectF(page.left(), cursor.y(), page.width(), 18),
            adoption.event,
            adoption.share * 100,
            100,
            ChartStyle::seriesColor(2),
            QObject::tr("%1% (%2)").arg(number(adoption.share * 100), number(adoption.persons)));
        cursor.advance(20);
    }
    cursor.advance(10);

    // Deals, NPS answers, people.
    cursor.text(section, QObject::tr("Deals"));
    QVector<QStringList> deals;
    for (const CrmDeal &deal : profile.deals)
        deals << QStringList{deal.id,
                             deal.stage,
                             deal.amount ? number(*deal.amount) : QStringLiteral("—"),
                             dateOf(deal.createdMs),
                             dateOf(deal.closedMs)};
    if (deals.isEmpty())
        cursor.text(body, QObject::tr("No deals."));
    else
        cursor.table(body,
                     {QObject::tr("Deal"),
                      QObject::tr("Stage"),
                      QObject::tr("Amount"),
                      QObject::tr("Created"),
                      QObject::tr("Closed")},
                     deals,
                     {0.2, 0.25, 0.15, 0.2, 0.2});
    cursor.text(section, QObject::tr("NPS answers"));
    if (profile.nps.isEmpty())
        cursor.text(body, QObject::tr("No NPS answers."));
    for (const NpsAnswer &answer : profile.nps)
        cursor.text(body,
                    QObject::tr("%1 · %2 · score %3%4")
                        .arg(Calendar::dateText(answer.timeMs),
                             answer.userId.isEmpty() ? QObject::tr("the account") : answer.userId)
                        .arg(answer.score)
                        .arg(answer.comment.isEmpty()
                                 ? QString()
                                 : QStringLiteral(": “%1”").arg(answer.comment)));
    cursor.advance(6);
    cursor.text(section, QObject::tr("People"));
    QVector<QStringList> people;
    for (const AccountProfile::Person &person : profile.people)
        people << QStringList{person.userId,
                              person.role,
                              person.lastActivityMs
                                  ? QDateTime::fromMSecsSinceEpoch(*person.lastActivityMs, Qt::UTC)
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QObject::tr("never"),
                              number(double(person.eventsLast30Days))};
    if (people.isEmpty())
        cursor.text(body, QObject::tr("No people are linked to this account."));
    else
        cursor.table(body,
                     {QObject::tr("Person"),
                      QObject::tr("Role"),
                      QObject::tr("Last activity (UTC)"),
                      QObject::tr("Events, 30 days")},
                     people,
                     {0.3, 0.25, 0.3, 0.15});
}

std::optional<Failure> AccountReport::writePdf(const QString &path, const AccountProfile &profile)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("Quadrant"));
        const CrmAccount &account = profile.account;
        pdf.setTitle(QObject::tr("%1 — health report")
                         .arg(account.name.isEmpty() ? account.id : account.name));
        pdf.setResolution(96);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                      QPageLayout::Portrait,
                                      QMarginsF(14, 14, 14, 14),
                                      QPageLayout::Millimeter));
        paint(pdf, profile);
    }
    return writeFileAtomically(path, bytes);
}

} // namespace Quadrant
