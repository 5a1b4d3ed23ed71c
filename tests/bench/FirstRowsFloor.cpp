// encompass-first-rows-floor FILE: the floor of the window's start-up. A process without Qt
// that opens the tracker file through the SQLite C API and reads the first screenful of the
// tracker (40 children in name order, with the columns the tracker shows), then prints the
// milliseconds since the process started, measured as `encompass --quit-after-first-paint`
// measures them (the start time in /proc/self/stat, good to 10 ms).

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <unistd.h>

namespace {

double msSinceProcessStart()
{
    std::FILE *f = std::fopen("/proc/self/stat", "r");
    if (!f)
        return -1;
    char buffer[1024] = {};
    const size_t n = std::fread(buffer, 1, sizeof buffer - 1, f);
    std::fclose(f);
    buffer[n] = '\0';
    // Field 22 (start time, in clock ticks since boot), counted after the command's bracket.
    const char *p = std::strrchr(buffer, ')');
    if (!p)
        return -1;
    for (int field = 2; field < 22 && p; ++field)
        p = std::strchr(p + 1, ' ');
    if (!p)
        return -1;
    const double startMs = std::strtod(p + 1, nullptr) * 1000.0 / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startMs;
}

// The tracker's first screenful: name order, the columns shown, PPNs in the last three months.
constexpr char FirstRows[] =
    "SELECT c.id, c.forename, c.surname, c.date_of_birth, c.setting_known, s.name, a.name, "
    "c.ppn_count, c.last_incident_on, c.status, c.escalated, c.open_actions, c.next_action_due, "
    "(SELECT count(*) FROM ppn_child pc WHERE pc.child_id = c.id AND pc.archived = 0 AND "
    "pc.incident_on >= date('now', '-3 months') AND pc.incident_on <= date('now')) "
    "FROM child c LEFT JOIN setting s ON s.id = c.setting_id LEFT JOIN area a ON a.id = "
    "c.area_id WHERE c.archived_at IS NULL ORDER BY c.surname_key, c.forename_key, c.id LIMIT 40";

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: encompass-first-rows-floor FILE\n");
        return 2;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", argv[1], sqlite3_errmsg(db));
        return 1;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, FirstRows, -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", argv[1], sqlite3_errmsg(db));
        return 1;
    }
    int rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            sqlite3_column_text(stmt, c);
        ++rows;
    }
    sqlite3_finalize(stmt);
    const double ms = msSinceProcessStart();
    sqlite3_close(db);
    std::printf("%.1f ms from process start to the tracker's first %d rows read\n", ms, rows);
    return rows > 0 ? 0 : 1;
}
