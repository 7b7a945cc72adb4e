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
    Record record;
    int rows = 0;
    while (reader.next(record) && ++rows < 100000) {
        for (int i = 0; i < record.fieldCount(); ++i)
            (void)record.field(i);
    }
    return 0;
}
