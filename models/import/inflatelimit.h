// SPDX-License-Identifier: MIT
#pragma once

#include <QIODevice>
#include <QString>

namespace Quadrant {

// Reads another device (an entry of a zip file as it inflates) and stops, with a reason, when it
// has given more than `maximumBytes`, more than `ratioLimit` times `compressedBytes` once past
// 64 MiB, or more than `runLimitBytes` since the last startRun(): the defences against a zip bomb
// that a streaming reader needs, whatever sizes the zip file claims.
class InflateLimit : public QIODevice
{
public:
    InflateLimit(QIODevice *source,
                 const QString &partName,
                 qint64 compressedBytes,
                 qint64 maximumBytes,
                 qint64 ratioLimit,
                 qint64 runLimitBytes);

    void startRun() { m_run = 0; }
    bool exceeded() const { return !m_reason.isEmpty(); }
    QString reason() const { return m_reason; }
    qint64 inflatedBytes() const { return m_inflated; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maximum) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    QString m_part;
    qint64 m_compressed, m_maximum, m_ratio, m_runLimit;
    qint64 m_inflated = 0, m_run = 0;
    QString m_reason;
};

} // namespace Quadrant
