#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

// Small helpers the benchmarks share for turning timings into printed figures.
inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}
