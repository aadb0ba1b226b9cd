#pragma once

namespace descope {

// Large answers are decoded on worker threads, and glibc gives each thread its own heap
// (arena). A reload then builds the new key list in one arena while the old list is freed in
// another, which that next reload may not reuse: with 100,000 keys the process grew by over
// 100 MB a reload. Two arenas keep the memory in reuse and still let two threads allocate
// side by side. Called once, first thing in main().
void limitAllocatorArenas();

// Hands memory freed by a large release (a replaced key list) back to the system, so that the
// next reload's peak starts from what is in use rather than from the last peak.
void releaseFreedMemory();

} // namespace descope
