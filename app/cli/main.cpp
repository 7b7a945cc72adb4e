// SPDX-License-Identifier: MIT
#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quadrant-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Quadrant"));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return Quadrant::Cli::run(arguments);
}
