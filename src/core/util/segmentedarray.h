#pragma once

#include <QtGlobal>
#include <atomic>
#include <deque>
#include <memory>
#include <vector>

namespace artgen::core {

// A sequence with cheap ends (append at the back, drop from the front) and cheap snapshots: its
// elements live in shared segments of 2^kShift, so a copy shares them instead of copying
// millions of elements, and the original copies a segment only when it writes to one a copy
// still holds. A copy may be read on another thread while the original goes on changing on its
// own (the log store hands such a copy to an export). Not thread-safe otherwise.
template <typename T, int kShift = 12> class SegmentedArray
{
public:
    static constexpr qsizetype kSegment = qsizetype(1) << kShift;

    qsizetype size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    const T& operator[](qsizetype i) const
    {
        const qsizetype j = m_head + i;
        return (*m_segments[size_t(j >> kShift)])[size_t(j & (kSegment - 1))];
    }
    const T& front() const { return (*this)[0]; }
    const T& back() const { return (*this)[m_size - 1]; }

    void push_back(const T& value)
    {
        if (m_segments.empty() || qsizetype(m_segments.back()->size()) == kSegment)
            m_segments.push_back(newSegment());
        else
            own(m_segments.back(), m_segments.back()->size());
        m_segments.back()->push_back(value);
        ++m_size;
    }
    template <typename It> void append(It first, It last)
    {
        for (; first != last; ++first)
            push_back(*first);
    }

    void pop_front()
    {
        ++m_head;
        --m_size;
        if (m_size == 0)
            return clear();
        if (m_head == kSegment) { // the segment is left to the copies that still hold it
            m_segments.pop_front();
            m_head = 0;
        }
    }

    // Keeps the first `count` elements.
    void truncate(qsizetype count)
    {
        if (count >= m_size)
            return;
        if (count <= 0)
            return clear();
        const qsizetype end = m_head + count;
        m_segments.resize(size_t((end + kSegment - 1) >> kShift));
        own(m_segments.back(), size_t(end - (qsizetype(m_segments.size()) - 1) * kSegment));
        m_size = count;
    }

    void clear()
    {
        m_segments.clear();
        m_head = 0;
        m_size = 0;
    }

private:
    using Segment = std::vector<T>;

    static std::shared_ptr<Segment> newSegment()
    {
        auto segment = std::make_shared<Segment>();
        segment->reserve(size_t(kSegment)); // never reallocates: a copy's reads stay valid
        return segment;
    }
    // Makes `segment` this array's alone (copying the first `keep` elements when a copy still
    // holds it) and cuts it to `keep` elements.
    static void own(std::shared_ptr<Segment>& segment, size_t keep)
    {
        if (segment.use_count() > 1) {
            auto mine = newSegment();
            mine->assign(segment->begin(), segment->begin() + qsizetype(keep));
            segment = std::move(mine);
            return;
        }
        // The last copy let go on its thread: what it read happened before what is written now.
        std::atomic_thread_fence(std::memory_order_acquire);
        segment->erase(segment->begin() + qsizetype(keep), segment->end());
    }

    std::deque<std::shared_ptr<Segment>> m_segments;
    qsizetype m_head = 0; // elements of the first segment already dropped
    qsizetype m_size = 0;
};

} // namespace artgen::core
