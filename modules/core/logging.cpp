#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "jiandu.core", QtInfoMsg)
