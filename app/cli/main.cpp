// SPDX-License-Identifier: MIT
#include "appearance.h"
#include "commands.h"
#include "store/sqlitediagnostics.h"
#include "store/workfile.h"

#include <QApplication>

#include <cstdio>
#include <memory>

namespace {
// Qt's own notes (no XDG runtime folder under cron, a seek on a device, a font missing) are not
// the caller's business, and a script reads stderr as one line per error: they are shown only
// with QUADRANT_QT_MESSAGES=1. Fatal messages always are.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool shown = qEnvironmentVariableIntValue("QUADRANT_QT_MESSAGES") == 1;
    if (type != QtFatalMsg && !shown)
        return;
    fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}
} // namespace

int main(int argc, char *argv[])
{
    Quadrant::SqliteDiagnostics::install();
    // SIGTERM, SIGINT and SIGHUP remove this process's work files before it ends.
    Quadrant::WorkFile::removeOnTerminationSignals();
    // `render` draws with the workbench's widgets and needs a GUI application, but never a
    // display: the offscreen platform unless the caller chose one. Every other command stays a
    // plain console program.
    const bool render
        = argc > 1 && (qstrcmp(argv[1], "render") == 0 || qstrcmp(argv[1], "report") == 0);
    std::unique_ptr<QCoreApplication> app;
    qInstallMessageHandler(quietMessages);
    if (render) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
        Quadrant::Appearance::apply(false);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("quadrant-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Quadrant"));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return Quadrant::Cli::run(arguments);
}
