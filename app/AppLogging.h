#pragma once

#include <QLoggingCategory>

// The application services' logging category. Nothing logged here may carry a secret.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
