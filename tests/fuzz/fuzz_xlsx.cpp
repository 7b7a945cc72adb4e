// SPDX-License-Identifier: MIT
// The XLSX reader on any bytes (a zip or not): open, then every row.
#include "fuzzsupport.h"
#include "import/xlsxreader.h"

using namespace Quadrant;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QString path = Fuzz::writeInput(data, size, ".xlsx");
    XlsxReader reader(path);
    if (!reader.open())
        return 0;
    Fuzz::readEverything(reader);
    return 0;
}
