// SPDX-License-Identifier: MIT
#include "appearance.h"
#include "appsettings.h"
#include "icons.h"
#include "language.h"
#include "mainwindow.h"
#include "project/projectcontroller.h"
#include "store/sqlitediagnostics.h"
#include "store/workfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QProcess>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    Quadrant::SqliteDiagnostics::install();
    Quadrant::WorkFile::removeOnTerminationSignals();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Quadrant"));
    QApplication::setOrganizationName(QStringLiteral("Quadrant"));
    QApplication::setApplicationVersion(QStringLiteral(QUADRANT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.quadrant.Quadrant"));
    QApplication::setWindowIcon(Quadrant::Icons::application());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Quadrant: offline product and customer analytics"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption sample(QStringLiteral("sample"),
                              QStringLiteral("Open the built-in sample project."));
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the window as a PNG once the project is open, then quit."),
        QStringLiteral("FILE"));
    QCommandLineOption language(
        QStringLiteral("lang"),
        QStringLiteral("Use this language (zh_CN or en) instead of the one chosen in View > "
                       "Language or the system's."),
        QStringLiteral("LOCALE"));
    parser.addOption(sample);
    parser.addOption(screenshot);
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("projects"),
                                 QStringLiteral("The .quadrant project files to open, each in a "
                                                "window of its own."),
                                 QStringLiteral("[project...]"));
    parser.process(app);

    Quadrant::Language::install(parser.isSet(language) ? parser.value(language)
                                                       : Quadrant::AppSettings::language());
    Quadrant::Appearance::apply(Quadrant::AppSettings::darkAppearance());
    Quadrant::MainWindow window;
    window.show();
    if (parser.isSet(screenshot)) {
        // A script's run: no questions or message boxes; an error goes to stderr, exit 1.
        window.setInteractive(false);
        const QString file = parser.value(screenshot);
        auto save = [&window, file](int exitCode) {
            QTimer::singleShot(1200, &window, [&window, file, exitCode] { // analyses draw meanwhile
                window.grab().save(file);
                QApplication::exit(exitCode);
            });
        };
        QObject::connect(
            window.project(), &Quadrant::ProjectController::loaded, &window, [save] { save(0); });
        QObject::connect(window.project(),
                         &Quadrant::ProjectController::openFailed,
                         &window,
                         [save](const QString &message) {
                             std::fprintf(stderr, "quadrant: error: %s\n", qPrintable(message));
                             save(1);
                         });
        if (!parser.isSet(sample) && parser.positionalArguments().isEmpty())
            save(0);
    }
    // Each project is a document in a window of its own: a file manager that opens several at
    // once (Exec=quadrant %F) gets one window per project.
    const QStringList projects = parser.positionalArguments();
    if (!parser.isSet(screenshot))
        for (const QString &other : projects.mid(1))
            QProcess::startDetached(QApplication::applicationFilePath(), {other});
    if (!projects.isEmpty())
        window.project()->open(projects.first());
    else if (parser.isSet(sample))
        QTimer::singleShot(0, window.project(), &Quadrant::ProjectController::openSample);
    return app.exec();
}
