#pragma once

#include <QElapsedTimer>

#include <ctime>

namespace enc {

// Wall-clock and CPU time of the steps of a long job (the import's steps_ms and steps_cpu_ms,
// and its ENCOMPASS_IMPORT_PROFILE lines). CPU time as well: on a shared machine the wall
// clock also measures the neighbours.
class StepClock
{
public:
    struct Lap
    {
        qint64 wallMs = 0;
        qint64 cpuMs = 0;
    };

    StepClock() { m_wall.start(); }

    // The time since the clock started or since the last lap; the next lap counts from now.
    Lap lap()
    {
        const std::clock_t now = std::clock();
        const Lap out{m_wall.restart(), qint64(now - m_cpu) * 1000 / CLOCKS_PER_SEC};
        m_cpu = now;
        return out;
    }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = std::clock();
};

} // namespace enc
