// SPDX-License-Identifier: MIT
// A test-only SQLite VFS shim over the default one, for two kinds of failure a laptop meets:
//   - a full disk or an I/O error: from the k-th write on, every write fails;
//   - a power cut: at the k-th write the machine "dies" (that write and everything after it
//     fail), and reboot() then drops every write no xSync made durable, file by file, as a disk
//     cache loses them: each file is rewound to what it held at its last sync.
// Deleting a file counts as durable (SQLite deletes the journal only after syncing the file).
#pragma once

#include <QString>

namespace Quadrant::Test {

class FaultyVfs
{
public:
    enum class Mode { Off, FailFrom, PowerLossAt };

    // Registers the shim as SQLite's default VFS (connections opened afterwards use it).
    static void install();
    static void arm(Mode mode, int writeNumber, bool diskFull = true);
    static void disarm();
    // Writes seen since the last arm() (to aim the next runs).
    static int writesSeen();
    static bool fired();
    // After a power cut: rewinds every file to its last sync. With a seed, each write since the
    // sync is undone or kept at random instead, as a disk that persisted some sectors of its
    // cache and not others. Call once every connection that used the shim is closed.
    static void reboot(quint32 keepSomeSeed = 0);
};

} // namespace Quadrant::Test
