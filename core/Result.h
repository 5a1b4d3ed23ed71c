#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace enc {

// An error written for a person: what went wrong, and where when it applies.
struct Error
{
    QString message;
    QString field; // the field or column concerned, if any
    int row = -1;  // the input row concerned (1-based), if any

    QString text() const { return message; }
};

// A value or an Error a user can read (std::expected is C++23).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    static Result failure(const QString &message, const QString &field = {}, int row = -1)
    {
        return Result(Error{message, field, row});
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }

    const Error &error() const { return m_error; }
    QString errorText() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    static Result failure(const QString &message, const QString &field = {}, int row = -1)
    {
        return Result(Error{message, field, row});
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorText() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace enc
